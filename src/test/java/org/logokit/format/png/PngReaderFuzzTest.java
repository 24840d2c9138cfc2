package org.logokit.format.png;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.logokit.format.ReaderFuzzing;

/**
 * Fuzzes the PNG readers: the header and chunk count read before the JDK's decoder
 * ({@link PngCodec}), the facts {@code verify} reads, and logokit's own layout check
 * ({@link PngChunks}). Each input is refused in one line or read within the budgets
 * ({@link ReaderFuzzing}); the layout check answers for any bytes.
 *
 * <p>Regression inputs: {@code src/test/resources/org/logokit/format/png/PngReaderFuzzTestInputs/}.
 */
class PngReaderFuzzTest {
  @FuzzTest(maxDuration = "30m") // a hang guard when exploring
  void read(byte[] png) {
    ReaderFuzzing.read(png);
    try {
      PngCodec.PNG.facts(png);
    } catch (IOException e) {
      ReaderFuzzing.assertOneLine(e.getMessage());
    }
    String layout = PngCodec.PNG.layoutProblem(png);
    if (layout != null) {
      ReaderFuzzing.assertOneLine(layout);
    }
    PngHeader.parse(png); // a header or null, for any bytes
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/format/png/PngReaderFuzzTestInputs/read",
        this::read);
  }
}
