package org.logokit.format;

import java.util.List;

/** What a file says of itself, read by its {@link Codec} without decoding pixels. */
public interface Facts {
  /** Pixels across: the image's, or an icon's largest entry's; 0 for a file without pixels. */
  int width();

  /** Pixels down, as {@link #width()}. */
  int height();

  /** The resolution the file states in DPI, NaN when it states none. */
  default double dpi() {
    return Double.NaN;
  }

  /** An icon's entries as {@code 16x16}, in file order; empty for other formats. */
  default List<String> entries() {
    return List.of();
  }

  /**
   * {@code null} when the file's resolution is {@code dpi} as logokit writes it (a PNG's pHYs in
   * whole pixels per metre, a TIFF's tags in hundredths of an inch), else what it says instead
   * ({@code 71.98 DPI (pHYs 2834 px/m)}, {@code no pHYs}); {@code null} for a format without
   * one.
   */
  default String resolutionOtherThan(double dpi) {
    return null;
  }

  /**
   * As {@link #resolutionOtherThan(double)}, for a file the named encoder made (a manifest
   * record's {@code encoder}): an older encoder may have written the DPI otherwise.
   */
  default String resolutionOtherThan(double dpi, String encoder) {
    return resolutionOtherThan(dpi);
  }

  /** A PDF's pages, {@code 1 page of 150x37.5 pt}; {@code null} for other formats. */
  default String pagesShown() {
    return null;
  }
}
