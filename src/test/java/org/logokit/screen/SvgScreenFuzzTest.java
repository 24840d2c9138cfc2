package org.logokit.screen;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.logokit.kit.Limits;
import org.logokit.text.Shown;

/**
 * Fuzzes the screen every master passes before Batik sees it. It returns the XML to parse or
 * refuses with one line; any other exception or error is a finding. The
 * budgets are smaller than the defaults so that each input stays cheap and the limits are hit.
 *
 * <p>Regression inputs: {@code src/test/resources/org/logokit/screen/SvgScreenFuzzTestInputs/}.
 * When fuzzing, libFuzzer stops any input that runs past 10 s ({@code -timeout}) and reports
 * it as a finding: the hang guard, with no figure asserted here.
 */
class SvgScreenFuzzTest {
  static final Limits LIMITS = new Limits(1 << 20, 4096L * 4096L, 10, 20_000, 64);

  @FuzzTest(maxDuration = "30m") // a hang guard: -runs in pom.xml decides how many inputs
  void screen(byte[] svg) {
    try {
      assertNotNull(SvgScreen.screen(svg, LIMITS));
    } catch (SvgException e) {
      String message = e.getMessage();
      assertTrue(message != null && !message.isEmpty(), "no message");
      assertTrue(message.lines().count() == 1 && message.indexOf('\u2028') < 0
          && message.indexOf('\u2029') < 0 && message.indexOf('\u0085') < 0,
          () -> "not one line: " + Shown.of(message));
    }
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/screen/SvgScreenFuzzTestInputs/screen", this::screen);
  }
}
