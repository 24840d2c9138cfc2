package org.logokit.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack: a small committed PDF whose page tree (1001 pages, within MAX_PAGES) inherits a
 * MediaBox that is a reference to one big object. PdfFacts.read re-parses that object once per
 * page (resolve(box) in walk) and keeps a copy per page: time and memory are
 * pages x object size. A 10 MB file kept {@code logokit verify} busy for more than 4 minutes;
 * a 1 MB one with an array made it die of OutOfMemoryError ("logokit failed unexpectedly",
 * no file named) under -Xmx512m.
 *
 * <p>Issue 21, item 6: 2,000 page-tree nodes sharing one {@code Kids} object behind a 10-25 MB
 * comment kept {@code verify} busy 28-63 s, {@code check} 30 s and a no-op {@code render} 24 s:
 * the reader parsed an object again each time it was reached, so it read the comment once per
 * node (2.3 s per MB of comment). The work of a read is now bounded by counters, which these
 * tests assert (no test here may assert a duration).
 */
class PdfAmplificationAttackTest {
  @TempDir Path dir;

  /** Object 3 is {@code body}; the page tree's MediaBox is 3 0 R, inherited by every page. */
  static byte[] pdf(int pages, String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<Integer, Integer> offsets = new LinkedHashMap<>();
    out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(10 + i).append(" 0 R ");
    }
    write(out, offsets, 1, "<< /Type /Catalog /Pages 2 0 R >>");
    write(out, offsets, 2, "<< /Type /Pages /MediaBox 3 0 R /Kids [" + kids + "] /Count "
        + pages + " >>");
    write(out, offsets, 3, body);
    for (int i = 0; i < pages; i++) {
      write(out, offsets, 10 + i, "<< /Type /Page /Parent 2 0 R >>");
    }
    int n = 10 + pages;
    int xref = out.size();
    StringBuilder sb = new StringBuilder("xref\n0 " + n + "\n0000000000 65535 f \n");
    for (int k = 1; k < n; k++) {
      sb.append(offsets.containsKey(k) ? String.format("%010d 00000 n \n", offsets.get(k))
          : "0000000000 65535 f \n");
    }
    sb.append("trailer\n<< /Size ").append(n).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, Map<Integer, Integer> offsets, int n,
      String body) {
    offsets.put(n, out.size());
    out.writeBytes((n + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aBigSharedObjectIsNotParsedOncePerPage() throws IOException {
    // 2 MB of "/a 0 " in one dictionary: the same key over and over, so nothing is kept.
    byte[] bytes = pdf(1001, "<<" + "/a 0 ".repeat(400_000) + ">>");
    Files.write(dir.resolve("hostile.pdf"), bytes); // a real file, as committed
    byte[] read = Files.readAllBytes(dir.resolve("hostile.pdf"));
    PdfFacts.Work work = new PdfFacts.Work();
    assertThrows(IOException.class, () -> PdfFacts.read(read, work));
    assertTrue(work.bytesScanned <= 3L * read.length, work.bytesScanned + " bytes scanned");
  }

  @Test
  void aBigSharedMediaBoxDoesNotExhaustTheHeap() throws IOException {
    // 1 MB of zeros in an array: each of the 1001 pages keeps its own parsed copy (~10 GB).
    byte[] bytes = pdf(1001, "[" + "0 ".repeat(500_000) + "]");
    Files.write(dir.resolve("hostile.pdf"), bytes);
    byte[] read = Files.readAllBytes(dir.resolve("hostile.pdf"));
    PdfFacts.Work work = new PdfFacts.Work();
    assertThrows(IOException.class, () -> PdfFacts.read(read, work));
    assertTrue(work.bytesScanned <= 3L * read.length, work.bytesScanned + " bytes scanned");
  }

  @Test
  void aKidsObjectSharedByEveryNodeIsParsedOnce() {
    // 3 MB of comment, under the budget: read once, not once per node (6.3 GB before).
    byte[] bytes = HostilePdfs.sharedKidsBehindAComment(2000, 3 << 20);
    PdfFacts.Work work = new PdfFacts.Work();
    IOException e = assertThrows(IOException.class, () -> PdfFacts.read(bytes, work));
    assertEquals("the page tree is deeper or larger than a logokit PDF's", e.getMessage());
    assertTrue(work.bytesScanned <= bytes.length, work.bytesScanned + " bytes scanned of a file"
        + " of " + bytes.length);
    assertTrue(work.objectsParsed <= 2 + PdfFacts.MAX_PAGE_TREE_NODES + 1,
        work.objectsParsed + " objects parsed");
    assertEquals(PdfFacts.MAX_PAGE_TREE_NODES + 1, work.pageTreeNodes);
  }

  @Test
  void aCommentOverTheBudgetEndsTheReadWithinIt() {
    byte[] bytes = HostilePdfs.sharedKidsBehindAComment(2000, 5 << 20);
    PdfFacts.Work work = new PdfFacts.Work();
    IOException e = assertThrows(IOException.class, () -> PdfFacts.read(bytes, work));
    assertEquals("more structure than a logokit PDF has (over 4 MiB to read)", e.getMessage());
    assertEquals(PdfFacts.MAX_BYTES_SCANNED + 1, work.bytesScanned);
  }

  @Test
  void objectsInsideEachOthersStringsAreReadWithinOneBudget() {
    // Every page is another object, so parsing each once does not help: 1000 pages around
    // 100 kB read it 1000 times (100 MB) without a budget over the whole read.
    byte[] bytes = HostilePdfs.pagesInsideEachOthersStrings(1000, 100_000);
    PdfFacts.Work work = new PdfFacts.Work();
    IOException e = assertThrows(IOException.class, () -> PdfFacts.read(bytes, work));
    assertEquals("more structure than a logokit PDF has (over 4 MiB to read)", e.getMessage());
    assertEquals(PdfFacts.MAX_BYTES_SCANNED + 1, work.bytesScanned);
    assertTrue(work.objectsParsed < 100, work.objectsParsed + " objects parsed");
  }

  @Test
  void bothEarlierAttacksStayWithinTheBudget() throws IOException {
    for (byte[] bytes : new byte[][] {pdf(1001, "<<" + "/a 0 ".repeat(400_000) + ">>"),
        pdf(1001, "[" + "0 ".repeat(500_000) + "]")}) {
      PdfFacts.Work work = new PdfFacts.Work();
      assertThrows(IOException.class, () -> PdfFacts.read(bytes, work));
      // A reference's lookahead ("0 0 R"?) reads a number and the space after it again.
      assertTrue(work.bytesScanned <= 3L * bytes.length, work.bytesScanned + " bytes scanned");
    }
  }
}
