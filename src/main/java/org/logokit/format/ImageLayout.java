package org.logokit.format;

import java.io.IOException;
import java.util.List;

/**
 * The images a file holds, as its own headers say, read by its format's {@link Codec} before any
 * decoder sees the bytes: a PNG's IHDR, a TIFF's IFDs, an ICO's directory and every entry's own
 * header, an ICNS's entries and every PNG entry's IHDR. A committed file is
 * the pull request's: its directory may say 16 px where the entry is an 8192 px PNG, or 200 IFDs
 * may share one strip. So the budget is checked here, against what the decoder will really make,
 * summed over the file, and a file over it is refused in one line at the cost of reading its
 * headers, never of decoding its pixels.
 *
 * @param format what the file's first bytes say it is
 * @param images every image a decoder of the file could make, in file order
 */
public record ImageLayout(Format format, List<Image> images) {
  /**
   * One image as a decoder would make it.
   *
   * @param bytesPerPixel what one of its pixels takes decoded
   */
  public record Image(long width, long height, int bytesPerPixel) {
    /** A side over the whole budget counts as just over it, so that no sum overflows. */
    public long pixels() {
      return Math.min(width, MAX_PIXELS + 1) * Math.min(height, MAX_PIXELS + 1);
    }

    public long bytes() {
      return pixels() * bytesPerPixel;
    }
  }

  /** Pixels summed over every image of one file: one output's budget. */
  public static final long MAX_PIXELS = ImageFiles.MAX_PIXELS;

  /** Decoded bytes summed over every image: the largest output, 8192 x 8192 RGBA at 8 bits. */
  public static final long MAX_BYTES = 4 * MAX_PIXELS;

  /** Chunks between a PNG's IHDR and its image data: logokit writes PLTE, tRNS and pHYs. */
  public static final int MAX_PNG_CHUNKS = 256;

  /**
   * The file's layout, within the budgets.
   *
   * @throws IOException with one line saying why the file is not decoded
   */
  public static ImageLayout of(byte[] file) throws IOException {
    Format format = Format.sniff(file);
    if (format == null || !format.hasPixels()) {
      throw new IOException("not a PNG, TIFF, ICO or ICNS file");
    }
    ImageLayout layout = new ImageLayout(format, format.codec().images(file));
    layout.checkBudget();
    return layout;
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

}
