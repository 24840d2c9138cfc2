package org.logokit.format.tiff;

import org.logokit.format.Facts;
import org.logokit.format.ImageFiles;
import java.io.IOException;

/**
 * What a TIFF says of itself: its size and its resolution in DPI, from its first IFD's tags 282
 * (XResolution) and 296 (ResolutionUnit), read by {@link TiffLayout} within its budgets.
 *
 * @param dpi NaN when the tags are missing or not in inches
 */
record TiffInfo(int width, int height, double dpi) implements Facts {
  /** The resolution tags hold the DPI in hundredths. */
  @Override
  public String resolutionOtherThan(double expected) {
    return Math.abs(dpi - expected) <= 0.01 ? null // false for NaN too
        : Double.isNaN(dpi) ? "no resolution tags"
        : String.format(java.util.Locale.ROOT, "%.2f DPI (TIFF tags)", dpi);
  }


  /** Reads the IFDs; {@code decode} decodes every image too. */
  static TiffInfo read(byte[] tiff, boolean decode) throws IOException {
    TiffLayout.Ifd first = TiffLayout.read(tiff).get(0);
    if (decode) {
      ImageFiles.decodeAll(tiff);
    }
    return new TiffInfo((int) first.image().width(), (int) first.image().height(), first.dpi());
  }
}
