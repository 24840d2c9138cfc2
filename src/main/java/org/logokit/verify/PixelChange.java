package org.logokit.verify;

/**
 * An output whose committed file does not show what a fresh render shows.
 *
 * @param path relative to the output folder
 * @param master relative to the assets folder
 * @param before the file in the output folder, or {@code null} when there is none
 * @param after the fresh render's PNG
 * @param comparison how the pixels differ, or {@code null} when they cannot be compared (no old
 *     file, another size, an undecodable file)
 * @param detail what changed, in words
 */
public record PixelChange(String path, String master, byte[] before, byte[] after,
    ImageComparison comparison, String detail) {

  public Finding.PixelsChanged finding() {
    return comparison == null
        ? new Finding.PixelsChanged(path, master, detail, 255, Double.NaN, -1)
        : new Finding.PixelsChanged(path, master, detail, comparison.max(), comparison.mean(),
            comparison.changedPixels());
  }
}
