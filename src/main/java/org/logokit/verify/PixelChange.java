package org.logokit.verify;

/**
 * An output whose committed file is not what a fresh render makes: other pixels, or the same
 * pixels in bytes that are not logokit's (a chunk it does not write, other metadata, or another
 * encoder than the record names), or, for a file without pixels, other bytes.
 *
 * @param path relative to the output folder
 * @param master relative to the assets folder
 * @param before the file in the output folder, or {@code null} when there is none
 * @param after the fresh render's file
 * @param images whether the two are image files to show side by side (not a PDF, a copy of the
 *     master or a text file)
 * @param comparison how the pixels differ (max 0 when they do not), or {@code null} when they
 *     cannot be compared (no old file, another size, an undecodable file, no pixels)
 * @param detail what changed, in words
 */
public record PixelChange(String path, String master, byte[] before, byte[] after,
    boolean images, ImageComparison comparison, String detail) {

  /** An image file's change. */
  public PixelChange(String path, String master, byte[] before, byte[] after,
      ImageComparison comparison, String detail) {
    this(path, master, before, after, true, comparison, detail);
  }

  /** Whether the pixels are the same and only the bytes are not logokit's. */
  public boolean samePixels() {
    return comparison != null && comparison.max() == 0;
  }

  public Finding finding() {
    if (!images || samePixels()) {
      return new Finding.OtherBytes(path, master, detail);
    }
    return comparison == null
        ? new Finding.PixelsChanged(path, master, detail, -1, Double.NaN, -1)
        : new Finding.PixelsChanged(path, master, detail, comparison.max(), comparison.mean(),
            comparison.changedPixels());
  }
}
