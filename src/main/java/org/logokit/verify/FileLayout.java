package org.logokit.verify;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.logokit.format.Format;

/**
 * Whether a file with the pixels logokit makes is also laid out as logokit writes it, so that
 * nothing a decoder skips can ride along: a PNG's chunks ({@link PngChunks}); an ICO's or ICNS's
 * directory and entries one after the other, nothing between or after them, each entry a PNG
 * laid out as logokit writes one. A TIFF is proved only by its bytes: logokit's TIFF encoder is
 * TwelveMonkeys' writer, whose tags and strips are not checked here one by one.
 */
public final class FileLayout {
  private static final Set<String> ICNS_TYPES = Set.of("icp4", "icp5", "icp6", "ic07", "ic08",
      "ic09", "ic10");

  private FileLayout() {}

  /** {@code null} when {@code file} is laid out as logokit writes {@code format}, else why not. */
  public static String problem(Format format, byte[] file) {
    return switch (format) {
      case PNG -> PngChunks.problem(file);
      case ICO -> ico(file);
      case ICNS -> icns(file);
      default -> "only its bytes can prove a " + format.extension() + " is logokit's";
    };
  }

  private static String ico(byte[] file) {
    if (file.length < 6) {
      return "not an ICO";
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int n = Short.toUnsignedInt(b.getShort(4));
    if (b.getShort(0) != 0 || b.getShort(2) != 1 || n == 0 || n > 256
        || file.length < 6 + 16L * n) {
      return "not an ICO directory as logokit writes one";
    }
    long next = 6 + 16L * n; // entries follow the directory in its order, back to back
    for (int i = 0; i < n; i++) {
      long size = Integer.toUnsignedLong(b.getInt(6 + 16 * i + 8));
      long offset = Integer.toUnsignedLong(b.getInt(6 + 16 * i + 12));
      if (offset != next || size > file.length - offset) {
        return "ICO entry " + (i + 1) + " is not where logokit puts it";
      }
      String p = PngChunks.problem(slice(file, offset, size));
      if (p != null) {
        return "ICO entry " + (i + 1) + ": " + p;
      }
      next = offset + size;
    }
    return next == file.length ? null : (file.length - next) + " bytes after the last ICO entry";
  }

  private static String icns(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file);
    if (file.length < 8 || !new String(file, 0, 4, StandardCharsets.ISO_8859_1).equals("icns")
        || b.getInt(4) != file.length) {
      return "not an ICNS as logokit writes one";
    }
    int i = 0;
    for (long p = 8; p < file.length; i++) {
      if (file.length - p < 8) {
        return "truncated ICNS entry";
      }
      String type = new String(file, (int) p, 4, StandardCharsets.ISO_8859_1);
      long length = Integer.toUnsignedLong(b.getInt((int) p + 4));
      if (!ICNS_TYPES.contains(type)) {
        return "an ICNS entry logokit does not write: " + PngChunks.shown(type);
      }
      if (length < 8 || length > file.length - p) {
        return "ICNS entry " + (i + 1) + " overruns the file";
      }
      String problem = PngChunks.problem(slice(file, p + 8, length - 8));
      if (problem != null) {
        return "ICNS entry " + (i + 1) + ": " + problem;
      }
      p += length;
    }
    return null;
  }

  private static byte[] slice(byte[] file, long offset, long size) {
    return java.util.Arrays.copyOfRange(file, (int) offset, (int) (offset + size));
  }
}
