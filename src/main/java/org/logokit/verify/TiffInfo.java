package org.logokit.verify;

import java.io.IOException;

/**
 * What a TIFF says of itself: its size and its resolution in DPI, from its first IFD's tags 282
 * (XResolution) and 296 (ResolutionUnit), read by {@link TiffLayout} within its budgets.
 *
 * @param dpi NaN when the tags are missing or not in inches
 */
record TiffInfo(int width, int height, double dpi) {

  /** Reads the IFDs; {@code decode} decodes every image too. */
  static TiffInfo read(byte[] tiff, boolean decode) throws IOException {
    TiffLayout.Ifd first = TiffLayout.read(tiff).get(0);
    if (decode) {
      ImageFiles.decodeAll(tiff);
    }
    return new TiffInfo((int) first.image().width(), (int) first.image().height(), first.dpi());
  }
}
