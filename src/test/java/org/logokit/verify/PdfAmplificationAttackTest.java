package org.logokit.verify;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(IOException.class, () -> PdfFacts.read(read)));
  }

  @Test
  void aBigSharedMediaBoxDoesNotExhaustTheHeap() throws IOException {
    // 1 MB of zeros in an array: each of the 1001 pages keeps its own parsed copy (~10 GB).
    byte[] bytes = pdf(1001, "[" + "0 ".repeat(500_000) + "]");
    Files.write(dir.resolve("hostile.pdf"), bytes);
    byte[] read = Files.readAllBytes(dir.resolve("hostile.pdf"));
    assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(IOException.class, () -> PdfFacts.read(read)));
  }
}
