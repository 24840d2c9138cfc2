package org.logokit.format.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.logokit.text.Shown;

/**
 * Fuzzes logokit's own PDF reader: a pull request can commit any bytes under a {@code .pdf}
 * name the manifest lists. Every input gives facts (a page count, a finite page size) or one
 * line, {@code does not decode: <reason>}, within the read's budget; any other exception or
 * error, or work past the budget, is a finding. The budget is asserted by the reader's own
 * counters, not by time.
 *
 * <p>Regression inputs: {@code src/test/resources/org/logokit/verify/PdfFactsFuzzTestInputs/}.
 */
class PdfFactsFuzzTest {
  @FuzzTest(maxDuration = "30m") // a hang guard: -runs in pom.xml decides how many inputs
  void read(byte[] pdf) {
    PdfFacts.Work work = new PdfFacts.Work();
    try {
      PdfFacts facts = PdfFacts.read(pdf, work);
      assertTrue(facts.pages() >= 1 && facts.pages() <= PdfFacts.MAX_PAGE_TREE_NODES
          && Double.isFinite(facts.width()) && Double.isFinite(facts.height()),
          () -> "facts out of range: " + facts);
    } catch (IOException e) {
      String message = e.getMessage();
      assertTrue(message != null && !message.isEmpty(), "no message");
      assertTrue(message.lines().count() == 1 && Shown.isPlain(message),
          () -> "not one plain line: " + Shown.of(message));
    }
    // The step that passes the budget, of one or two bytes, is the last.
    assertTrue(work.bytesScanned <= PdfFacts.MAX_BYTES_SCANNED + 2,
        () -> work.bytesScanned + " bytes scanned");
    assertTrue(work.objectsParsed <= PdfFacts.MAX_OBJECTS_PARSED + 1,
        () -> work.objectsParsed + " objects parsed");
    assertTrue(work.pageTreeNodes <= PdfFacts.MAX_PAGE_TREE_NODES + 1,
        () -> work.pageTreeNodes + " page-tree nodes");
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/format/pdf/PdfFactsFuzzTestInputs/read", this::read);
  }
}
