package org.logokit.format.icon;

import org.logokit.format.ImageLayout;
import org.logokit.format.png.PngCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An ICO's or ICNS's entries as each entry's own header says, read before TwelveMonkeys' reader
 * sees the file. That reader takes an entry's size from the directory (ICO) or the entry's type
 * (ICNS) and then decodes whatever PNG the entry holds: a directory saying 16 px over an
 * 8192 x 8192 PNG cost {@code verify} a minute and gigabytes. Here every entry lies inside the
 * file, no two share bytes, there are at most {@link #MAX_ENTRIES}, and each PNG's IHDR (or ICO
 * bitmap's header) must say the size its directory or type says.
 */
final class IconLayout {
  /** Entries of one icon: logokit writes up to 8; Apple's iconutil about a dozen. */
  static final int MAX_ENTRIES = 64;

  /** The size of an ICNS image type. */
  private record Size(int width, int height) {}

  /** The ICNS types of images, with their sizes as TwelveMonkeys reads them. */
  private static final Map<String, Size> ICNS_SIZES = icnsSizes();

  /** The ICNS types whose data is a PNG (or JPEG 2000, which logokit does not read). */
  private static final Set<String> ICNS_PNG_TYPES = Set.of("icp4", "icp5", "icp6", "ic07",
      "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14");

  private IconLayout() {}

  private static Map<String, Size> icnsSizes() {
    Map<String, Size> m = new HashMap<>();
    put(m, 16, 16, "ics#", "ics4", "ics8", "is32", "s8mk", "icp4");
    put(m, 16, 12, "icm#", "icm4", "icm8");
    put(m, 32, 32, "ICON", "ICN#", "icl4", "icl8", "il32", "l8mk", "icp5", "ic11");
    put(m, 48, 48, "ich#", "ich4", "ich8", "ih32", "h8mk");
    put(m, 64, 64, "icp6", "ic12");
    put(m, 128, 128, "it32", "t8mk", "ic07");
    put(m, 256, 256, "ic08", "ic13");
    put(m, 512, 512, "ic09", "ic14");
    put(m, 1024, 1024, "ic10");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Size> m, int width, int height, String... types) {
    for (String t : types) {
      m.put(t, new Size(width, height));
    }
  }

  /** ICONDIR, 16-byte entries (a side of 0 is 256), each a PNG or a bitmap. */
  static List<ImageLayout.Image> ico(byte[] file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (file.length < 6) {
      throw new IOException("truncated: no ICO directory");
    }
    int n = Short.toUnsignedInt(b.getShort(4));
    if (n == 0 || n > MAX_ENTRIES) {
      throw new IOException(n + " entries; logokit reads icons of 1 to " + MAX_ENTRIES);
    }
    int data = 6 + 16 * n;
    if (data > file.length) {
      throw new IOException("truncated: the directory runs past the end of the file");
    }
    List<ImageLayout.Image> images = new ArrayList<>();
    long[] starts = new long[n];
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      int e = 6 + 16 * i;
      int w = Byte.toUnsignedInt(b.get(e)) == 0 ? 256 : Byte.toUnsignedInt(b.get(e));
      int h = Byte.toUnsignedInt(b.get(e + 1)) == 0 ? 256 : Byte.toUnsignedInt(b.get(e + 1));
      long size = Integer.toUnsignedLong(b.getInt(e + 8));
      long offset = Integer.toUnsignedLong(b.getInt(e + 12));
      String where = "entry " + (i + 1) + ": ";
      if (offset < data || offset + size > file.length) {
        throw new IOException(where + "its bytes are not in the file after the directory");
      }
      starts[i] = offset;
      ends[i] = offset + size;
      ImageLayout.Image image;
      if (PngCodec.isPng(file, (int) offset, (int) size)) {
        image = PngCodec.image(file, (int) offset, (int) size, where);
        if (image.width() != w || image.height() != h) {
          throw new IOException(where + "a " + image.width() + "x" + image.height()
              + " PNG where the directory says " + w + "x" + h);
        }
      } else {
        image = bitmap(b, (int) offset, size, w, h, where);
      }
      images.add(image);
    }
    List<Integer> byStart = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingLong(i -> starts[i])).toList();
    for (int k = 1; k < n; k++) {
      int a = byStart.get(k - 1);
      int c = byStart.get(k);
      if (starts[c] < ends[a]) {
        throw new IOException("entries " + (Math.min(a, c) + 1) + " and "
            + (Math.max(a, c) + 1) + " share bytes");
      }
    }
    return images;
  }

  /** A bitmap entry: BITMAPINFOHEADER or later, its height twice the image's (with the mask). */
  private static ImageLayout.Image bitmap(ByteBuffer b, int offset, long size, int w, int h,
      String where) throws IOException {
    if (size < 40 || b.getInt(offset) < 40 || b.getInt(offset) > size) {
      throw new IOException(where + "neither a PNG nor a bitmap logokit reads");
    }
    int width = b.getInt(offset + 4);
    long height = Math.abs((long) b.getInt(offset + 8));
    int bits = Short.toUnsignedInt(b.getShort(offset + 14));
    int compression = b.getInt(offset + 16);
    long colours = Integer.toUnsignedLong(b.getInt(offset + 32));
    if (width != w || height != 2L * h && height != h) {
      throw new IOException(where + "a " + width + "x" + (height / 2) + " bitmap where the "
          + "directory says " + w + "x" + h);
    }
    if (!Set.of(1, 4, 8, 16, 24, 32).contains(bits) || compression != 0
        || bits <= 8 && colours > 1 << bits) {
      throw new IOException(where + "a bitmap of " + bits + " bits, compression " + compression
          + " and " + colours + " colours; logokit reads uncompressed ones");
    }
    return new ImageLayout.Image(w, h, 4);
  }

  /**
   * 'icns' and the file's length, then entries of a type and a length. A table of contents
   * ('TOC ') must list the entries that follow it, since TwelveMonkeys' reader believes it.
   */
  static List<ImageLayout.Image> icns(byte[] file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(file); // big-endian, as ICNS is
    if (file.length < 8) {
      throw new IOException("truncated: no ICNS header");
    }
    long declared = Integer.toUnsignedLong(b.getInt(4));
    if (declared < 8 || declared > file.length) {
      throw new IOException("says it is " + declared + " bytes long; the file has "
          + file.length);
    }
    List<ImageLayout.Image> images = new ArrayList<>();
    Deque<Long> listed = new ArrayDeque<>(); // what a table of contents says comes next
    int count = 0;
    for (long at = 8; at < declared; ) {
      if (++count > MAX_ENTRIES) {
        throw new IOException("over " + MAX_ENTRIES + " entries, the most logokit reads");
      }
      if (at + 8 > declared) {
        throw new IOException("truncated: entry " + count + "'s header runs past the end");
      }
      String type = new String(file, (int) at, 4, StandardCharsets.ISO_8859_1);
      long length = Integer.toUnsignedLong(b.getInt((int) at + 4));
      String where = "entry " + count + " (" + shown(type) + "): ";
      if (length < 8 || at + length > declared) {
        throw new IOException(where + "its length, " + length + ", is not inside the file");
      }
      if (!listed.isEmpty() && listed.pop() != (Integer.toUnsignedLong(b.getInt((int) at)) << 32
          | length)) {
        throw new IOException(where + "not the entry the table of contents lists");
      }
      if (type.equals("TOC ")) {
        if (!listed.isEmpty() || (length - 8) % 8 != 0 || (length - 8) / 8 > MAX_ENTRIES) {
          throw new IOException(where + "a table of contents logokit does not read");
        }
        for (long k = at + 8; k < at + length; k += 8) {
          listed.add(Integer.toUnsignedLong(b.getInt((int) k)) << 32
              | Integer.toUnsignedLong(b.getInt((int) k + 4)));
        }
      } else if (ICNS_PNG_TYPES.contains(type)) {
        Size size = ICNS_SIZES.get(type);
        if (!PngCodec.isPng(file, (int) at + 8, (int) length - 8)) {
          throw new IOException(where + "not a PNG, the one kind of entry of its type logokit "
              + "reads");
        }
        ImageLayout.Image image = PngCodec.image(file, (int) at + 8, (int) length - 8, where);
        if (image.width() != size.width() || image.height() != size.height()) {
          throw new IOException(where + "a " + image.width() + "x" + image.height()
              + " PNG where its type says " + size.width() + "x" + size.height());
        }
        images.add(image);
      } else if (ICNS_SIZES.containsKey(type)) {
        Size size = ICNS_SIZES.get(type);
        images.add(new ImageLayout.Image(size.width(), size.height(), 4));
      } // any other type is not an image: readers skip it
      at += length;
    }
    if (!listed.isEmpty()) {
      throw new IOException("its table of contents lists entries the file does not have");
    }
    return images;
  }

  /**
   * An entry type as ICNS types are spelled (letters, digits, '#' and space), any other byte
   * as '?': the file's bytes never reach a message as they are.
   */
  private static String shown(String type) {
    StringBuilder sb = new StringBuilder();
    for (char c : type.toCharArray()) {
      sb.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '#' || c == ' ') ? c : '?');
    }
    return sb.toString();
  }
}
