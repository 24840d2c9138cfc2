package org.logokit.render;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The directory of a kit font, checked before the JDK sees the file: a TrueType or OpenType
 * font ({@code 0x00010000}, {@code true} or {@code OTTO}) or a collection of them
 * ({@code ttcf}), whose counts are those of a real font and whose every table lies inside the
 * file. The file is a pull request's, and the JDK trusts it: a collection that claims 4,000,000
 * fonts made it build 4,000,000 faces (over 60 s and 2.5 GB for a 16 MB file). Here the work is
 * bounded by the counts before anything is built, and a problem is one short reason.
 *
 * <p>Checked per font: at most {@link #MAX_TABLES} tables, each inside the file; the tables the
 * JDK needs to name and draw a face ({@code head}, {@code maxp}, {@code name}, {@code cmap});
 * a {@code name} table of at most {@link #MAX_NAME_RECORDS} records, all inside it
 * (the JDK decodes each English family and full name it lists).
 */
final class FontDirectory {
  /** Faces in a collection: real ones (Noto CJK, the system's) have up to about 20. */
  static final int MAX_FONTS = 64;
  /** Tables in one font: real fonts have fewer than 40. */
  static final int MAX_TABLES = 64;
  /** Records of a {@code name} table: real fonts have tens to a few hundred. */
  static final int MAX_NAME_RECORDS = 4096;

  private static final Set<String> REQUIRED = Set.of("head", "maxp", "name", "cmap");

  private FontDirectory() {}

  /** What one check read, for tests and fuzzing: the bound on its work. */
  static final class Work {
    /** Headers, offsets and table and name records read. */
    int records;
  }

  /**
   * @return the number of faces in the file (1 for a single font)
   * @throws IOException with one short reason when the file is not a font the JDK should read
   */
  static int check(byte[] font) throws IOException {
    return check(font, new Work());
  }

  static int check(byte[] font, Work work) throws IOException {
    if (font.length < 12) {
      throw new IOException("too short to be a font");
    }
    work.records++;
    int tag = u32(font, 0);
    if (tag != 0x74746366) { // 'ttcf'
      checkFont(font, 0, work);
      return 1;
    }
    long count = u32(font, 8) & 0xffffffffL;
    if (count == 0) {
      throw new IOException("a collection of no font");
    }
    if (count > MAX_FONTS) {
      throw new IOException("a collection of " + count + " fonts, more than " + MAX_FONTS);
    }
    if (12 + 4 * count > font.length) {
      throw new IOException("the collection's list of fonts is cut short");
    }
    for (int i = 0; i < count; i++) {
      work.records++;
      long at = u32(font, 12 + 4 * i) & 0xffffffffL;
      try {
        if (at > font.length - 12) {
          throw new IOException("it is not inside the file");
        }
        checkFont(font, (int) at, work);
      } catch (IOException e) {
        throw new IOException("font " + (i + 1) + " of the collection: " + e.getMessage());
      }
    }
    return (int) count;
  }

  /** One font's offset table at {@code at}, which is at most the file's length - 12. */
  private static void checkFont(byte[] font, int at, Work work) throws IOException {
    int version = u32(font, at);
    if (version != 0x00010000 && version != 0x74727565 && version != 0x4f54544f) {
      throw new IOException("it starts with " + hex(version) + ", not a TrueType or OpenType "
          + "signature");
    }
    int tables = u16(font, at + 4);
    if (tables == 0) {
      throw new IOException("no table");
    }
    if (tables > MAX_TABLES) {
      throw new IOException(tables + " tables, more than " + MAX_TABLES);
    }
    if (at + 12L + 16L * tables > font.length) {
      throw new IOException("its table directory is cut short");
    }
    Set<String> seen = new HashSet<>();
    long nameAt = -1;
    long nameLength = 0;
    for (int i = 0; i < tables; i++) {
      work.records++;
      int record = at + 12 + 16 * i;
      String name = tag(font, record);
      long offset = u32(font, record + 8) & 0xffffffffL;
      long length = u32(font, record + 12) & 0xffffffffL;
      if (offset + length > font.length) {
        throw new IOException("table '" + name + "' is not inside the file");
      }
      seen.add(name);
      if (name.equals("name") && nameAt < 0) { // the JDK reads the first
        nameAt = offset;
        nameLength = length;
      }
    }
    for (String required : REQUIRED.stream().sorted().toList()) {
      if (!seen.contains(required)) {
        throw new IOException("no '" + required + "' table");
      }
    }
    checkNames(font, (int) nameAt, (int) nameLength, work);
  }

  private static void checkNames(byte[] font, int at, int length, Work work)
      throws IOException {
    if (length < 6) {
      throw new IOException("its 'name' table is cut short");
    }
    int count = u16(font, at + 2);
    int strings = u16(font, at + 4);
    if (count > MAX_NAME_RECORDS) {
      throw new IOException("a 'name' table of " + count + " names, more than "
          + MAX_NAME_RECORDS);
    }
    if (6L + 12L * count > length) {
      throw new IOException("its 'name' table is cut short");
    }
    for (int i = 0; i < count; i++) {
      work.records++;
      int record = at + 6 + 12 * i;
      long end = (long) strings + u16(font, record + 10) + u16(font, record + 8);
      if (end > length) {
        throw new IOException("a name is not inside its 'name' table");
      }
    }
  }

  private static int u32(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
        | (b[at + 3] & 0xff);
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  /**
   * A table tag as printable ASCII, anything else as {@code \xNN}, and as {@link
   * org.logokit.text.Shown} makes a line safe ({@code ::} cannot form a workflow command).
   */
  private static String tag(byte[] b, int at) {
    StringBuilder s = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      int c = b[at + i] & 0xff;
      if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
        s.append((char) c);
      } else {
        s.append(String.format(Locale.ROOT, "\\x%02x", c));
      }
    }
    return org.logokit.text.Shown.of(s.toString());
  }

  private static String hex(int v) {
    return String.format(Locale.ROOT, "0x%08x", v);
  }
}
