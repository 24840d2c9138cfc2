package org.logokit.format.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * PDFs a pull request could commit to make a reader work far more than the file's size: built in
 * the tests, never committed.
 */
public final class HostilePdfs {
  private HostilePdfs() {}

  /**
   * Issue 21, item 6: {@code nodes} page-tree nodes that all share one {@code Kids} object, an
   * empty array behind a comment of {@code commentBytes}. A reader that parses an object each
   * time it is reached reads the comment once per node.
   */
  public static byte[] sharedKidsBehindAComment(int nodes, int commentBytes) {
    Map<Integer, String> objects = new TreeMap<>();
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < nodes; i++) {
      kids.append(10 + i).append(" 0 R ");
      objects.put(10 + i, "<< /Type /Pages /Kids 3 0 R /Count 0 >>");
    }
    objects.put(1, "<< /Type /Catalog /Pages 2 0 R >>");
    objects.put(2, "<< /Type /Pages /Kids [" + kids + "] /Count 0 >>");
    objects.put(3, "%" + "x".repeat(commentBytes) + "\n[]");
    return pdf(objects);
  }

  /**
   * {@code pages} page objects each inside the previous one's string, around {@code coreBytes}
   * of string: every object is another, so parsing each once still reads the core once per
   * page. Only a budget over the whole read bounds it.
   */
  public static byte[] pagesInsideEachOthersStrings(int pages, int coreBytes) {
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(10 + i).append(" 0 R ");
    }
    String head = "%PDF-1.4\n" + obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        + obj(2, "<< /Type /Pages /MediaBox [0 0 10 10] /Kids [" + kids + "] /Count " + pages
            + " >>");
    StringBuilder sb = new StringBuilder(head);
    int[] offsets = new int[pages];
    for (int i = 0; i < pages; i++) {
      offsets[i] = sb.length();
      sb.append(10 + i).append(" 0 obj\n<< /Type /Page /Parent 2 0 R /X (");
    }
    sb.append("y".repeat(coreBytes));
    sb.append(") >>\nendobj\n".repeat(pages));
    TreeMap<Integer, Integer> at = new TreeMap<>();
    at.put(1, head.indexOf("1 0 obj"));
    at.put(2, head.indexOf("2 0 obj"));
    for (int i = 0; i < pages; i++) {
      at.put(10 + i, offsets[i]);
    }
    return withTable(sb, at);
  }

  /** A classic PDF of these objects, numbered as given. */
  static byte[] pdf(Map<Integer, String> objects) {
    StringBuilder sb = new StringBuilder("%PDF-1.4\n");
    TreeMap<Integer, Integer> at = new TreeMap<>();
    objects.forEach((n, body) -> {
      at.put(n, sb.length());
      sb.append(obj(n, body));
    });
    return withTable(sb, at);
  }

  private static String obj(int n, String body) {
    return n + " 0 obj\n" + body + "\nendobj\n";
  }

  private static byte[] withTable(StringBuilder sb, TreeMap<Integer, Integer> at) {
    int size = at.lastKey() + 1;
    int xref = sb.length();
    sb.append("xref\n0 ").append(size).append("\n0000000000 65535 f \n");
    for (int k = 1; k < size; k++) {
      sb.append(at.containsKey(k) ? String.format("%010d 00000 n \n", at.get(k))
          : "0000000000 65535 f \n");
    }
    sb.append("trailer\n<< /Size ").append(size).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
