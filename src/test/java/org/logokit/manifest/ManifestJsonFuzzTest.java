package org.logokit.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.logokit.text.PathRules;
import org.logokit.text.Shown;

/**
 * Fuzzes the manifest reader: a pull request can commit any {@code manifest.json}. It reads to
 * records with safe, distinct paths that write and read back unchanged, or fails with one line;
 * any other exception or error is a finding.
 *
 * <p>Regression inputs:
 * {@code src/test/resources/org/logokit/manifest/ManifestJsonFuzzTestInputs/}.
 */
class ManifestJsonFuzzTest {

  @FuzzTest(maxDuration = "30m") // a hang guard: -runs in pom.xml decides how many inputs
  void read(byte[] json) throws IOException {
    ManifestJson.Read read;
    try {
      read = ManifestJson.read(json);
    } catch (IOException e) {
      assertOneLine(e.getMessage());
      return;
    }
    Set<String> keys = new HashSet<>();
    for (ManifestEntry e : read.manifest().outputs()) {
      assertNull(PathRules.relativePathProblem(e.path(), true),
          () -> "kept a record with path " + Shown.quoted(e.path()));
      assertTrue(keys.add(PathRules.collisionKey(e.path())),
          () -> "kept two records for " + Shown.quoted(e.path()));
    }
    read.problems().forEach(ManifestJsonFuzzTest::assertOneLine);

    ManifestJson.Read again = ManifestJson.read(ManifestJson.write(read.manifest()));
    assertEquals(List.of(), again.problems(), "problems after a write and a read");
    assertEquals(read.manifest(), again.manifest(), "changed by a write and a read");
  }

  static void assertOneLine(String message) {
    assertTrue(message != null && !message.isEmpty(), "no message");
    assertTrue(message.lines().count() == 1 && message.indexOf('\u2028') < 0
        && message.indexOf('\u2029') < 0 && message.indexOf('\u0085') < 0,
        () -> "not one line: " + Shown.of(message));
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/manifest/ManifestJsonFuzzTestInputs/read", input -> {
      try {
        read(input);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
