package org.logokit.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the page links reader of {@code verify --page}: the kit page is the repository's, so
 * any text. Each broken link found is on a line of the page and is text of that line; nothing
 * throws.
 *
 * <p>Regression inputs: {@code src/test/resources/org/logokit/verify/PageLinksFuzzTestInputs/}.
 */
class PageLinksFuzzTest {
  static final Set<String> NAMES = Set.of("xmpp_logo.png", "xmpp_logo-64px.png", "a b.png");

  @FuzzTest(maxDuration = "30m") // a hang guard when exploring
  void broken(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    for (PageLinks.Broken b : PageLinks.broken(text, NAMES)) {
      assertTrue(b.line() >= 1 && b.line() <= lines.size(), () -> "line " + b.line());
      assertTrue(lines.get(b.line() - 1).contains(b.link()), () -> "not on its line: " + b);
      assertTrue(!NAMES.contains(b.name()), () -> "a file that is there: " + b);
    }
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/verify/PageLinksFuzzTestInputs/broken",
        this::broken);
  }
}
