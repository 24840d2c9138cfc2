package org.logokit.format.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a PDF says of itself: its page count and its first page's MediaBox, in points. A small
 * reader of the classic structure logokit writes (header, objects, cross-reference table,
 * trailer), not a PDF library: the file is a pull request's, so the work of one read is
 * bounded whatever the file holds, and anything else is an {@link IOException} with a short
 * reason. Cross-reference streams and object streams (PDF 1.5) are refused, as logokit never
 * writes them.
 *
 * <p>The budget is on work, not on size: the bytes the tokenizer steps over in all (re-reads
 * included), the objects parsed (each once: a second reference to an object gets the value
 * parsed the first time), the page-tree nodes visited, the values parsed and their nesting. Only
 * the file's tail, its cross-reference table and the few objects from the trailer to the first
 * page are read, never a page's content or images, so a logokit PDF of any size uses a few
 * kilobytes of the budget, and a file that needs more is refused within it.
 *
 * @param pages the page tree's leaves
 * @param width the first page's MediaBox width, in points (1/72 in)
 * @param height its height
 */
public record PdfFacts(int pages, double width, double height) {
  /**
   * A PDF logokit writes has one page under one node; a page tree of more nodes than this (each
   * visit counted, a shared {@code Kids} array once per node that lists it) is not one of them.
   */
  static final int MAX_PAGE_TREE_NODES = 1000;

  private static final int MAX_DEPTH = 32;
  /** Distinct objects parsed: the catalog, the page tree and its pages, their boxes. */
  static final int MAX_OBJECTS_PARSED = 2 * MAX_PAGE_TREE_NODES + 8;
  /**
   * Bytes stepped over in all, across the whole read: the tail searched for {@code startxref},
   * the cross-reference table, every object parsed, comments and white space included. FOP's
   * one-page PDF needs a few kilobytes (its table has 20 bytes per object); 4 MiB is a table of
   * 200,000 objects. What a file makes the reader step over more than once (a lookahead, an
   * object inside another's string) counts each time, so the total is bounded, not only each
   * step.
   */
  public static final long MAX_BYTES_SCANNED = 4L << 20;
  /**
   * Values parsed in all, across every object read: a logokit PDF's catalog and page tree are
   * a few dozen. Objects-read alone does not bound the work when one large object is reached
   * many times.
   */
  private static final int MAX_VALUES = 1 << 20;

  /** {@code %PDF-}: what {@code check} looks for at the start of a file listed as a PDF. */
  public static boolean hasMagic(byte[] head) {
    return head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1)
        .equals("%PDF-");
  }

  /** Bytes scanned by every read in this JVM: what a test bounds a command's work by. */
  private static final LongAdder SCANNED_IN_THIS_JVM = new LongAdder();

  /** @throws IOException with a short reason when the bytes are not a readable PDF */
  public static PdfFacts read(byte[] pdf) throws IOException {
    return read(pdf, new Work());
  }

  /**
   * The bytes scanned by every {@link #read} so far in this JVM, on any thread: tests measure a
   * command's reading of PDFs by the difference, never by time.
   */
  public static long bytesScannedInThisJvm() {
    return SCANNED_IN_THIS_JVM.sum();
  }

  /** What one read did, filled in as it goes (also when it fails): for tests and fuzzing. */
  static final class Work {
    long bytesScanned;
    int objectsParsed;
    int pageTreeNodes;
    int values;
  }

  static PdfFacts read(byte[] pdf, Work work) throws IOException {
    if (!hasMagic(pdf)) {
      throw new IOException("not a PDF file (no %PDF- header)");
    }
    try {
      return new Reader(pdf, work).facts();
    } catch (RuntimeException | StackOverflowError e) { // NOPMD: any malformation is a reason
      throw new IOException("not a readable PDF: " + e.getClass().getSimpleName());
    } finally {
      SCANNED_IN_THIS_JVM.add(work.bytesScanned);
    }
  }

  /** An indirect reference, {@code 12 0 R}. */
  private record Ref(int number, int generation) {}

  private static final class Reader {
    private final byte[] b;
    private final Map<Integer, Long> offsets = new LinkedHashMap<>();
    /** Each object as parsed the first time it was reached. */
    private final Map<Integer, Object> parsed = new HashMap<>();
    private final Work work;
    private int pos;

    Reader(byte[] bytes, Work work) {
      this.b = bytes;
      this.work = work;
    }

    PdfFacts facts() throws IOException {
      Map<String, Object> trailer = xref(startXref());
      Map<String, Object> catalog = dict(resolve(trailer.get("Root")), "the catalog");
      Map<String, Object> root = dict(resolve(catalog.get("Pages")), "the page tree");
      List<Map<String, Object>> pages = new ArrayList<>();
      walk(root, null, 0, new HashSet<>(), pages);
      if (pages.isEmpty()) {
        throw new IOException("the PDF has no page");
      }
      Object box = pages.get(0).get("MediaBox");
      if (!(box instanceof List<?> l) || l.size() != 4
          || !l.stream().allMatch(Double.class::isInstance)) {
        throw new IOException("the first page has no MediaBox of four numbers");
      }
      double w = Math.abs((Double) l.get(2) - (Double) l.get(0));
      double h = Math.abs((Double) l.get(3) - (Double) l.get(1));
      return new PdfFacts(pages.size(), w, h);
    }

    /** Collects the leaves, each with its inherited MediaBox filled in. */
    private void walk(Map<String, Object> node, Object inheritedBox, int depth, Set<Ref> seen,
        List<Map<String, Object>> pages) throws IOException {
      if (depth > MAX_DEPTH || ++work.pageTreeNodes > MAX_PAGE_TREE_NODES) {
        throw new IOException("the page tree is deeper or larger than a logokit PDF's");
      }
      Object box = node.getOrDefault("MediaBox", inheritedBox);
      if (new Name("Page").equals(node.get("Type"))) {
        Map<String, Object> page = new LinkedHashMap<>(node);
        if (pages.isEmpty()) { // only the first page's box is read: one box shared by every
          page.put("MediaBox", resolve(box)); // page must not be parsed once per page
        }
        pages.add(page);
        return;
      }
      if (!(resolve(node.get("Kids")) instanceof List<?> kids)) {
        throw new IOException("a page tree node has no Kids");
      }
      for (Object kid : kids) {
        if (!(kid instanceof Ref r) || !seen.add(r)) {
          throw new IOException("the page tree lists a page twice or not by reference");
        }
        walk(dict(resolve(kid), "a page"), box, depth + 1, seen, pages);
      }
    }

    private static Map<String, Object> dict(Object o, String what) throws IOException {
      if (o instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) m;
        return d;
      }
      throw new IOException(what + " is not a dictionary");
    }

    /**
     * The value of a reference (one level), or the value itself. An object is parsed once: a
     * file that points many nodes at one object behind megabytes of comment costs those
     * megabytes once.
     */
    private Object resolve(Object o) throws IOException {
      if (!(o instanceof Ref r)) {
        return o;
      }
      Object known = parsed.get(r.number());
      if (known != null) {
        return known;
      }
      if (++work.objectsParsed > MAX_OBJECTS_PARSED) {
        throw new IOException("too many objects to read");
      }
      Long at = offsets.get(r.number());
      if (at == null || at < 0 || at >= b.length) {
        throw new IOException("object " + r.number() + " is not in the cross-reference table");
      }
      pos = (int) (long) at;
      if (!(value(0) instanceof Double n) || n != r.number() || !(value(0) instanceof Double)
          || !"obj".equals(keyword())) {
        throw new IOException("object " + r.number() + " is not where the table says");
      }
      Object value = value(0);
      parsed.put(r.number(), value);
      return value;
    }

    private int startXref() throws IOException {
      byte[] key = "startxref".getBytes(StandardCharsets.ISO_8859_1);
      int from = Math.max(0, b.length - 1024);
      int found = -1;
      for (int i = b.length - key.length; i >= from && found < 0; i--) {
        if (matches(i, key)) {
          found = i;
        }
      }
      work.bytesScanned += b.length - Math.max(from, found);
      if (found < 0) {
        throw new IOException("truncated: no startxref at the end");
      }
      pos = found + key.length;
      if (!(value(0) instanceof Double n) || n < 0 || n >= b.length || n != Math.rint(n)) {
        throw new IOException("startxref is not an offset in the file");
      }
      return (int) (double) n;
    }

    /** Reads the classic table at {@code at} and returns the trailer dictionary. */
    private Map<String, Object> xref(int at) throws IOException {
      pos = at;
      if (!"xref".equals(keyword())) {
        throw new IOException("no cross-reference table where startxref points (a PDF 1.5 "
            + "cross-reference stream is not one logokit writes)");
      }
      while (true) {
        skipSpace();
        if (matches(pos, "trailer".getBytes(StandardCharsets.ISO_8859_1))) {
          keyword();
          return dict(value(0), "the trailer");
        }
        if (!(value(0) instanceof Double first) || !(value(0) instanceof Double count)
            || first < 0 || count < 0 || count > (b.length - pos) / 18.0) {
          throw new IOException("a malformed cross-reference table");
        }
        for (int i = 0; i < count; i++) {
          Object offset = value(0);
          Object generation = value(0);
          String kind = keyword();
          if (!(offset instanceof Double o) || !(generation instanceof Double)
              || !(kind.equals("n") || kind.equals("f"))) {
            throw new IOException("a malformed cross-reference entry");
          }
          if (kind.equals("n")) {
            offsets.putIfAbsent((int) (first + i), (long) (double) o);
          }
        }
      }
    }

    /** One value: a number, a reference, a name, a string, an array or a dictionary. */
    private Object value(int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new IOException("values nested too deeply");
      }
      if (++work.values > MAX_VALUES) {
        throw new IOException("more structure than a logokit PDF has");
      }
      skipSpace();
      if (pos >= b.length) {
        throw new IOException("truncated");
      }
      int c = b[pos] & 0xff;
      if (c == '<' && pos + 1 < b.length && b[pos + 1] == '<') {
        step(2);
        Map<String, Object> d = new LinkedHashMap<>();
        while (true) {
          skipSpace();
          if (matches(pos, new byte[] {'>', '>'})) {
            step(2);
            return d;
          }
          if (!(value(depth + 1) instanceof Name key)) {
            throw new IOException("a dictionary key is not a name");
          }
          d.put(key.name(), value(depth + 1));
        }
      }
      if (c == '[') {
        step(1);
        List<Object> list = new ArrayList<>();
        while (true) {
          skipSpace();
          if (pos < b.length && b[pos] == ']') {
            step(1);
            return list;
          }
          list.add(value(depth + 1));
        }
      }
      if (c == '/') {
        step(1);
        int start = pos;
        while (pos < b.length && regular(b[pos])) {
          step(1);
        }
        return new Name(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
      }
      if (c == '(') {
        skipString();
        return "string";
      }
      if (c == '<') {
        while (pos < b.length && b[pos] != '>') {
          step(1);
        }
        step(1);
        return "string";
      }
      if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
        double n = number();
        int mark = pos;
        // "12 0 R": a reference. Anything else leaves the number alone.
        if (n >= 0 && n == Math.rint(n) && n <= Integer.MAX_VALUE) {
          skipSpace();
          if (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
            double g = number();
            skipSpace();
            if (pos < b.length && b[pos] == 'R' && (pos + 1 == b.length
                || !regular(b[pos + 1]))) {
              step(1);
              return new Ref((int) n, (int) Math.min(g, Integer.MAX_VALUE));
            }
          }
        }
        pos = mark;
        return n;
      }
      String k = keyword();
      return switch (k) {
        case "true", "false", "null" -> k;
        default -> throw new IOException("unexpected " + (k.isEmpty() ? "byte" : "keyword"));
      };
    }

    /** Balanced parentheses, with backslash escapes. */
    private void skipString() throws IOException {
      int level = 0;
      while (pos < b.length) {
        byte x = b[pos];
        step(1);
        if (x == '\\') {
          step(1);
        } else if (x == '(') {
          level++;
        } else if (x == ')' && --level == 0) {
          return;
        }
      }
      throw new IOException("truncated string");
    }

    private double number() throws IOException {
      int start = pos;
      while (pos < b.length && pos - start < 32 && (b[pos] == '+' || b[pos] == '-'
          || b[pos] == '.' || (b[pos] >= '0' && b[pos] <= '9'))) {
        step(1);
      }
      try {
        double n = Double.parseDouble(new String(b, start, pos - start,
            StandardCharsets.ISO_8859_1));
        if (!Double.isFinite(n)) {
          throw new IOException("a number out of range");
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IOException("a malformed number", e);
      }
    }

    private String keyword() throws IOException {
      skipSpace();
      int start = pos;
      while (pos < b.length && pos - start < 16 && regular(b[pos])) {
        step(1);
      }
      return new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private void skipSpace() throws IOException {
      while (pos < b.length) {
        byte x = b[pos];
        if (x == '%') {
          while (pos < b.length && b[pos] != '\n' && b[pos] != '\r') {
            step(1);
          }
        } else if (x == ' ' || x == '\n' || x == '\r' || x == '\t' || x == '\f' || x == 0) {
          step(1);
        } else {
          return;
        }
      }
    }

    /** Moves on by {@code n} bytes, counted against the read's budget. */
    private void step(int n) throws IOException {
      pos += n;
      work.bytesScanned += n;
      if (work.bytesScanned > MAX_BYTES_SCANNED) {
        throw new IOException("more structure than a logokit PDF has (over "
            + (MAX_BYTES_SCANNED >> 20) + " MiB to read)");
      }
    }

    private boolean matches(int at, byte[] s) {
      if (at < 0 || at + s.length > b.length) {
        return false;
      }
      for (int i = 0; i < s.length; i++) {
        if (b[at + i] != s[i]) {
          return false;
        }
      }
      return true;
    }

    /** Not white space and not a delimiter. */
    private static boolean regular(byte x) {
      return x > ' ' && "()<>[]{}/%".indexOf(x) < 0 && x != 127;
    }
  }

  /** A name, {@code /Page}, without its slash. */
  private record Name(String name) {}
}
