package org.logokit.format.png;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Whether two PNGs hold the same image data and differ only in how it is compressed: the same
 * IHDR, PLTE, tRNS and pHYs, and scanlines that are byte for byte the same once inflated and
 * unfiltered, with nothing in the compressed stream after the last row.
 *
 * <p>Why not decoded pixels: a decoder maps the data to colours its own way. ImageIO reads a
 * grey PNG as linear where browsers read sRGB, shows a palette index past the palette's end as
 * black where Chrome shows the palette's last colour, and compares colours under full
 * transparency as nothing. A file with another colour type, palette, bit depth or hidden bytes
 * can decode to logokit's pixels in Java and look different elsewhere, or carry a payload.
 * With the same image data every decoder makes the same picture of both files.
 *
 * <p>Both files are read a row at a time; the work is bounded by {@code ours}, whose size the
 * kit plans (the other file's IHDR must be the same).
 */
final class PngImageData {
  private PngImageData() {}

  /**
   * {@code null} when {@code theirs} holds the image data of {@code ours}, else why not, in a few
   * words.
   *
   * @param ours a PNG this logokit wrote
   * @param theirs a PNG laid out as {@link PngChunks} accepts
   */
  static String difference(byte[] ours, byte[] theirs) {
    Chunks a = Chunks.of(ours);
    Chunks b = Chunks.of(theirs);
    if (b == null) {
      return "not a PNG laid out as logokit writes one";
    }
    if (!Arrays.equals(a.ihdr, b.ihdr)) {
      return "its header says " + header(b.ihdr) + " where logokit writes " + header(a.ihdr);
    }
    if (!Arrays.equals(a.plte, b.plte)) {
      return "its palette (PLTE) is not logokit's";
    }
    if (!Arrays.equals(a.trns, b.trns)) {
      return "its transparency (tRNS) is not logokit's";
    }
    String phys = physDifference(a.phys, b.phys);
    if (phys != null) {
      return phys;
    }
    return rowsDifference(a, b);
  }

  /** pHYs within 1 px/m on each axis (a DPI rounded or truncated), in the same unit. */
  private static String physDifference(byte[] ours, byte[] theirs) {
    if (ours == null || theirs == null) {
      return ours == theirs ? null : theirs == null ? "it has no pHYs; logokit writes one"
          : "it has a pHYs; logokit writes none";
    }
    ByteBuffer a = ByteBuffer.wrap(ours);
    ByteBuffer b = ByteBuffer.wrap(theirs);
    long dx = Math.abs(Integer.toUnsignedLong(a.getInt(0)) - Integer.toUnsignedLong(b.getInt(0)));
    long dy = Math.abs(Integer.toUnsignedLong(a.getInt(4)) - Integer.toUnsignedLong(b.getInt(4)));
    return dx <= 1 && dy <= 1 && a.get(8) == b.get(8) ? null
        : "its pHYs says " + Integer.toUnsignedString(b.getInt(0)) + "x"
            + Integer.toUnsignedString(b.getInt(4)) + " (unit " + b.get(8) + ") where logokit "
            + "writes " + a.getInt(0) + "x" + a.getInt(4) + " (unit " + a.get(8) + ")";
  }

  private static String header(byte[] ihdr) {
    ByteBuffer h = ByteBuffer.wrap(ihdr);
    return String.format(Locale.ROOT, "%sx%s, %d-bit colour type %d%s",
        Integer.toUnsignedString(h.getInt(0)), Integer.toUnsignedString(h.getInt(4)),
        h.get(8), h.get(9), h.get(12) != 0 ? ", interlaced" : "");
  }

  /** Row by row: both streams inflated and unfiltered side by side. */
  private static String rowsDifference(Chunks ours, Chunks theirs) {
    ByteBuffer h = ByteBuffer.wrap(ours.ihdr);
    int width = h.getInt(0);
    int height = h.getInt(4);
    int depth = h.get(8);
    int channels = switch (h.get(9)) {
      case 2 -> 3;
      case 4 -> 2;
      case 6 -> 4;
      default -> 1;
    };
    if (h.get(12) != 0) {
      return "an interlaced PNG, which logokit does not write";
    }
    long bits = (long) width * channels * depth;
    int rowBytes = (int) ((bits + 7) / 8);
    int pixelBytes = Math.max(1, channels * depth / 8);
    Rows a = new Rows(ours.idat, rowBytes, pixelBytes);
    Rows b = new Rows(theirs.idat, rowBytes, pixelBytes);
    try {
      for (int y = 0; y < height; y++) {
        a.next();
        String problem = b.next();
        if (problem != null) {
          return "its image data " + problem + " (row " + (y + 1) + " of " + height + ")";
        }
        if (!Arrays.equals(a.row, b.row)) {
          return "its row " + (y + 1) + " of " + height + " holds other bytes than logokit's"
              + " (colours a decoder may not show, such as under full transparency)";
        }
      }
      return b.end();
    } finally {
      a.inflater.end();
      b.inflater.end();
    }
  }

  /** The unfiltered rows of one zlib stream, one at a time. */
  private static final class Rows {
    final Inflater inflater = new Inflater();
    final byte[] filtered;
    byte[] row;
    byte[] previous;
    final int pixelBytes;

    Rows(byte[] idat, int rowBytes, int pixelBytes) {
      inflater.setInput(idat);
      filtered = new byte[1 + rowBytes];
      row = new byte[rowBytes];
      previous = new byte[rowBytes];
      this.pixelBytes = pixelBytes;
    }

    /** The next row into {@link #row}; {@code null}, or why there is none. */
    String next() {
      try {
        int n = 0;
        while (n < filtered.length) {
          int got = inflater.inflate(filtered, n, filtered.length - n);
          n += got;
          if (got == 0 && inflater.needsDictionary()) {
            return "names a preset dictionary, which PNG does not allow";
          }
          if (got == 0 && (inflater.finished() || inflater.needsInput())) {
            return "ends before its last row";
          }
        }
      } catch (DataFormatException e) {
        return "does not inflate";
      }
      byte[] t = previous;
      previous = row;
      row = t;
      return unfilter();
    }

    private String unfilter() {
      int type = filtered[0];
      for (int i = 0; i < row.length; i++) {
        int x = filtered[i + 1] & 0xff;
        int left = i >= pixelBytes ? row[i - pixelBytes] & 0xff : 0;
        int up = previous[i] & 0xff;
        int upLeft = i >= pixelBytes ? previous[i - pixelBytes] & 0xff : 0;
        row[i] = (byte) switch (type) {
          case 0 -> x;
          case 1 -> x + left;
          case 2 -> x + up;
          case 3 -> x + ((left + up) >>> 1);
          case 4 -> x + paeth(left, up, upLeft);
          default -> -1;
        };
        if (type < 0 || type > 4) {
          return "has a row of filter type " + type + ", which no PNG has";
        }
      }
      return null;
    }

    private static int paeth(int a, int b, int c) {
      int p = a + b - c;
      int pa = Math.abs(p - a);
      int pb = Math.abs(p - b);
      int pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /** {@code null} when the stream ends right after the last row, with nothing after it. */
    String end() {
      try {
        byte[] more = new byte[1];
        if (!inflater.finished() && inflater.inflate(more) > 0) {
          return "its image data has more than its rows";
        }
      } catch (DataFormatException e) {
        return "its image data does not inflate after its last row";
      }
      if (!inflater.finished()) {
        return "its image data's stream does not end after its last row";
      }
      return inflater.getRemaining() == 0 ? null
          : "its image data has " + inflater.getRemaining() + " bytes after its compressed "
              + "stream";
    }
  }

  /** The chunks logokit writes, read from a file {@link PngChunks} has accepted. */
  private record Chunks(byte[] ihdr, byte[] plte, byte[] trns, byte[] phys, byte[] idat) {
    static Chunks of(byte[] png) {
      if (PngChunks.problem(png) != null) {
        return null;
      }
      ByteBuffer b = ByteBuffer.wrap(png);
      byte[] ihdr = null;
      byte[] plte = null;
      byte[] trns = null;
      byte[] phys = null;
      ByteArrayOutputStream idat = new ByteArrayOutputStream();
      for (int at = 8; at + 12 <= png.length; ) {
        int length = b.getInt(at);
        String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOfRange(png, at + 8, at + 8 + length);
        switch (type) {
          case "IHDR" -> ihdr = data;
          case "PLTE" -> plte = data;
          case "tRNS" -> trns = data;
          case "pHYs" -> phys = data;
          case "IDAT" -> idat.writeBytes(data);
          default -> { } // IEND
        }
        at += 12 + length;
      }
      return ihdr == null || ihdr.length != 13 || phys != null && phys.length != 9 ? null
          : new Chunks(ihdr, plte, trns, phys, idat.toByteArray());
    }
  }
}
