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
  @FuzzTest(maxDuration = "20s")
  void read(byte[] ico) {
    ReaderFuzzing.read(ico);
  }
}
