package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.logokit.text.Shown;

/**
 * Fuzzes the check of a kit font's directory, which runs on the pull request's font files
 * before Java sees them. Every input gives a count of faces within the caps or one short reason,
 * after reading at most the records the caps allow; any other exception or error is a finding.
 * The budget is asserted by the check's own counter, not by time.
 *
 * <p>Regression inputs:
 * {@code src/test/resources/org/logokit/render/FontDirectoryFuzzTestInputs/}.
 */
class FontDirectoryFuzzTest {
  /** A collection's header, then per font its offset, its tables and its name records. */
  static final int MAX_RECORDS = 1 + FontDirectory.MAX_FONTS
      * (1 + FontDirectory.MAX_TABLES + FontDirectory.MAX_NAME_RECORDS);

  @FuzzTest(maxDuration = "30m") // a hang guard: -runs in pom.xml decides how many inputs
  void check(byte[] font) {
    FontDirectory.Work work = new FontDirectory.Work();
    try {
      int faces = FontDirectory.check(font, work);
      assertTrue(faces >= 1 && faces <= FontDirectory.MAX_FONTS, () -> faces + " faces");
    } catch (IOException e) {
      String message = e.getMessage();
      assertTrue(message != null && !message.isEmpty(), "no message");
      assertTrue(message.lines().count() == 1 && Shown.isPlain(message),
          () -> "not one plain line: " + Shown.of(message));
    }
    assertTrue(work.records <= MAX_RECORDS, () -> work.records + " records read");
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/render/FontDirectoryFuzzTestInputs/check", this::check);
  }
}
