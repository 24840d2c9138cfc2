package org.logokit.format.icon;

import org.logokit.format.ReaderFuzzing;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the ICO reader: a pull request can commit any bytes under an output's name. Each
 * input is refused in one line or read within the budgets, each image the size its reader
 * claims ({@link ReaderFuzzing}).
 *
 * <p>Regression inputs:
 * {@code src/test/resources/org/logokit/verify/IcoReaderFuzzTestInputs/}. When fuzzing,
 * libFuzzer also stops any input that runs past 10 s ({@code -timeout}).
 */
class IcoReaderFuzzTest {
  @FuzzTest(maxDuration = "30m") // a hang guard: -runs in pom.xml decides how many inputs
  void read(byte[] ico) {
    ReaderFuzzing.read(ico);
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/format/icon/IcoReaderFuzzTestInputs/read", this::read);
  }
}
