package org.logokit.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The PDF reader of {@code verify} on logokit's own PDFs, and on bytes a pull request could
 * commit under a {@code .pdf} name: an answer or a one-line IOException, never another
 * exception and never a hang.
 */
class PdfFactsTest {
  static byte[] page(double w, double h) {
    return PdfEncoder.encode(w, h, 0.75, g -> g.fill(new java.awt.geom.Ellipse2D.Double(0, 0,
        w / 0.75, h / 0.75)));
  }

  @Test
  void readsPagesAndMediaBox() throws IOException {
    assertEquals(new PdfFacts(1, 900, 472.5), PdfFacts.read(page(900, 472.5)));
    assertEquals(new PdfFacts(1, 0.75, 14400), PdfFacts.read(page(0.75, 14400)));
  }

  @Test
  void aLogokitPdfUsesAFewKilobytesOfTheBudget() throws IOException {
    // The real-logo corpus needs at most 4.6 kB (tango-background: 55 kB of PDF, 2 images).
    PdfFacts.Work work = new PdfFacts.Work();
    PdfFacts.read(page(900, 472.5), work);
    assertTrue(work.bytesScanned < 4096 && work.objectsParsed <= 4, work.bytesScanned
        + " bytes scanned, " + work.objectsParsed + " objects parsed");
  }

  @Test
  void refusesWhatIsNotALogokitPdf() {
    String[] bad = {"", "%PDF-", "%PDF-1.4\n%%EOF", "\u0089PNG\r\n\u001a\n",
        "%PDF-1.4\nstartxref\n999999\n%%EOF", "%PDF-1.4\nstartxref\n9\n%%EOF",
        "%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n",
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\nxref\n0 2\n0000000000 "
            + "65535 f \n0000000009 00000 n \ntrailer\n<< /Root 1 0 R >>\nstartxref\n60\n",
        "%PDF-1.4\n" + "[".repeat(100000) + "\nstartxref\n9\n"};
    for (String s : bad) {
      IOException e = assertThrows(IOException.class,
          () -> PdfFacts.read(s.getBytes(StandardCharsets.ISO_8859_1)), s);
      assertTrue(!e.getMessage().isEmpty() && !e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test
  void aPageTreeThatLoopsIsRefused() {
    String pdf = "%PDF-1.4\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n";
    int xref = pdf.length();
    pdf += "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n"
        + String.format("%010d", pdf.indexOf("2 0 obj")) + " 00000 n \n"
        + "trailer << /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n";
    byte[] bytes = pdf.getBytes(StandardCharsets.ISO_8859_1);
    IOException e = assertThrows(IOException.class, () -> PdfFacts.read(bytes));
    assertEquals("the page tree lists a page twice or not by reference", e.getMessage());
  }

  /** 5,000 damaged copies, each within the reader's work budget: an answer or one line. */
  @Test
  void damagedPdfsGiveAnAnswerOrAReasonWithinTheBudget() {
    byte[] good = page(150, 37.5);
    Random random = new Random(14);
    for (int i = 0; i < 5000; i++) {
      byte[] b = i % 2 == 0 ? java.util.Arrays.copyOf(good, random.nextInt(good.length + 1))
          : good.clone();
      for (int flips = random.nextInt(8); flips > 0 && b.length > 0; flips--) {
        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      }
      PdfFacts.Work work = new PdfFacts.Work();
      try {
        PdfFacts.read(b, work);
      } catch (IOException expected) {
        assertTrue(!expected.getMessage().contains("\n"), expected.getMessage());
      }
      assertTrue(work.bytesScanned <= PdfFacts.MAX_BYTES_SCANNED + 1, "scanned "
          + work.bytesScanned);
    }
  }
}
