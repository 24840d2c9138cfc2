package org.logokit.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The images a file holds, as its own headers say, read before any decoder sees the bytes: a
 * PNG's IHDR, a TIFF's IFDs ({@link TiffLayout}), an ICO's directory and every entry's own
 * header, an ICNS's entries and every PNG entry's IHDR ({@link IconLayout}). A committed file is
 * the pull request's: its directory may say 16 px where the entry is an 8192 px PNG, or 200 IFDs
 * may share one strip. So the budget is checked here, against what the decoder will really make,
 * summed over the file, and a file over it is refused in one line at the cost of reading its
 * headers, never of decoding its pixels.
 *
 * @param format {@code png}, {@code tiff}, {@code ico} or {@code icns}, from the file's magic
 * @param images every image a decoder of the file could make, in file order
 */
record ImageLayout(String format, List<Image> images) {
  /**
   * One image as a decoder would make it.
   *
   * @param bytesPerPixel what one of its pixels takes decoded
   */
  record Image(long width, long height, int bytesPerPixel) {
    /** A side over the whole budget counts as just over it, so that no sum overflows. */
    long pixels() {
      return Math.min(width, MAX_PIXELS + 1) * Math.min(height, MAX_PIXELS + 1);
    }

    long bytes() {
      return pixels() * bytesPerPixel;
    }
  }

  /** Pixels summed over every image of one file: one output's budget. */
  static final long MAX_PIXELS = ImageFiles.MAX_PIXELS;

  /** Decoded bytes summed over every image: the largest output, 8192 x 8192 RGBA at 8 bits. */
  static final long MAX_BYTES = 4 * MAX_PIXELS;

  /** Chunks between a PNG's IHDR and its image data: logokit writes PLTE, tRNS and pHYs. */
  static final int MAX_PNG_CHUNKS = 256;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  /**
   * The file's layout, within the budgets.
   *
   * @throws IOException with one line saying why the file is not decoded
   */
  static ImageLayout of(byte[] file) throws IOException {
    ImageLayout layout = switch (format(file)) {
      case "png" -> new ImageLayout("png", List.of(png(file, 0, file.length, "")));
      case "tiff" -> new ImageLayout("tiff", TiffLayout.read(file).stream()
          .map(TiffLayout.Ifd::image).toList());
      case "ico" -> new ImageLayout("ico", IconLayout.ico(file));
      case "icns" -> new ImageLayout("icns", IconLayout.icns(file));
      default -> throw new IOException("not a PNG, TIFF, ICO or ICNS file");
    };
    layout.checkBudget();
    return layout;
  }

  /** The format the first bytes say, or {@code ""}. */
  static String format(byte[] b) {
    if (isPng(b, 0, b.length)) {
      return "png";
    }
    if (b.length >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0
        || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42)) {
      return "tiff";
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0) {
      return "ico";
    }
    if (b.length >= 4 && b[0] == 'i' && b[1] == 'c' && b[2] == 'n' && b[3] == 's') {
      return "icns";
    }
    return "";
  }

  /** Sums cannot overflow: a file has at most 64 images of at most 2^53 pixels and 64 bytes. */
  private void checkBudget() throws IOException {
    long pixels = 0;
    long bytes = 0;
    for (Image i : images) {
      pixels += i.pixels();
      bytes += i.bytes();
    }
    if (pixels > MAX_PIXELS) {
      throw new IOException(images.size() == 1 ? "claims " + images.get(0).width() + "x"
          + images.get(0).height() + " pixels, over the " + MAX_PIXELS + " an output may have: "
          + "not decoded"
          : "its " + images.size() + " images hold " + pixels + " pixels in all, over the "
              + MAX_PIXELS + " an output may have: not decoded");
    }
    if (bytes > MAX_BYTES) {
      throw new IOException("would take " + bytes + " bytes decoded, over the " + MAX_BYTES
          + " an output may take (8192 x 8192 RGBA): not decoded");
    }
  }

  /**
   * The PNG in {@code b[offset, offset + length)} as its IHDR says, for a file or an icon's
   * entry.
   *
   * @param where what to name before a problem: {@code ""} for a file, else e.g.
   *     {@code "entry 2 (icp5): "}
   */
  static Image png(byte[] b, int offset, int length, String where) throws IOException {
    if (length < 33 || !isPng(b, offset, length)) {
      throw new IOException(where + "not a PNG: no IHDR");
    }
    ByteBuffer h = ByteBuffer.wrap(b, offset + 8, 25); // big-endian, as PNG is
    if (h.getInt() != 13 || h.getInt() != 0x49484452) { // "IHDR"
      throw new IOException(where + "not a PNG: no IHDR");
    }
    int width = h.getInt();
    int height = h.getInt();
    int depth = h.get();
    int channels = switch (h.get()) { // colour type
      case 0, 3 -> 1; // grey, palette
      case 2 -> 3;
      case 4 -> 2;
      case 6 -> 4;
      default -> 0;
    };
    if (width <= 0 || height <= 0 || channels == 0 || depth <= 0 || depth > 16) {
      throw new IOException(where + "a PNG header no decoder reads");
    }
    // The JDK's reader keeps every chunk before the image data as metadata: a 14 MB PNG of a
    // million tEXt chunks cost verify 6 s and 580 MB. Counted here, one step a chunk.
    ByteBuffer chunks = ByteBuffer.wrap(b, offset, length);
    int count = 0;
    for (int at = offset + 33; at + 8 <= offset + length; ) {
      int size = chunks.getInt(at);
      if (size < 0 || chunks.getInt(at + 4) == 0x49444154) { // "IDAT"
        break;
      }
      if (++count > MAX_PNG_CHUNKS) {
        throw new IOException(where + "over " + MAX_PNG_CHUNKS + " chunks before the image "
            + "data, the most logokit reads (it writes at most 3)");
      }
      at += Math.min(12L + size, offset + length - at);
    }
    return new Image(width, height, channels * (depth == 16 ? 2 : 1));
  }

  /** Whether {@code b[offset, offset + length)} starts as a PNG does. */
  static boolean isPng(byte[] b, int offset, int length) {
    return startsWith(b, offset, length, PNG_SIGNATURE);
  }

  private static boolean startsWith(byte[] b, int offset, int length, byte[] prefix) {
    if (length < prefix.length || offset + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
