package org.logokit.pipeline;

import org.logokit.format.pdf.PdfEncoder;
import org.logokit.manifest.ManifestEntry;
import org.logokit.plan.IntrinsicSize;
import org.logokit.screen.SvgException;
import org.logokit.render.SvgMaster;
import org.logokit.format.pdf.PdfFacts;

/**
 * A master as a one-page vector PDF ({@code pdf}): the page is its intrinsic size, user units
 * read as CSS px (1/96 in), in points (1/72 in). Drawn from the tree the PNGs are painted from,
 * so a scheme, the kit's fonts and every safeguard of loading apply to it as to them.
 */
final class PdfPages {
  /** Points per CSS px. */
  static final double POINTS_PER_PX = 72.0 / 96;

  private PdfPages() {}

  /**
   * @param maxPixels the pixel budget of one output: what cannot stay vectors is painted at
   *     {@link PdfEncoder#RASTER_DPI}, or less if the whole page at that resolution would be
   *     over the budget
   */
  static byte[] of(SvgMaster master, long maxPixels) throws SvgException {
    IntrinsicSize size = master.size();
    double w = size.width() * POINTS_PER_PX;
    double h = size.height() * POINTS_PER_PX;
    if (w > ManifestEntry.MAX_PDF_POINTS || h > ManifestEntry.MAX_PDF_POINTS) {
      // What verify would refuse is never written (the attack review found render did).
      throw new SvgException("pdf would be a page of " + points(w) + " x " + points(h)
          + " pt, over PDF's limit of " + points(ManifestEntry.MAX_PDF_POINTS)
          + " pt (200 in) a side");
    }
    try {
      return PdfEncoder.encode(size.width() * POINTS_PER_PX, size.height() * POINTS_PER_PX,
          POINTS_PER_PX, rasterDpi(size, maxPixels), master::draw);
    } catch (OutOfMemoryError e) {
      throw Watchdog.outOfMemory();
    }
  }

  private static String points(double pt) {
    return java.math.BigDecimal.valueOf(pt).stripTrailingZeros().toPlainString();
  }

  static double rasterDpi(IntrinsicSize size, long maxPixels) {
    double atFull = size.width() * size.height() * Math.pow(PdfEncoder.RASTER_DPI / 96, 2);
    return atFull <= maxPixels ? PdfEncoder.RASTER_DPI
        : Math.max(1, PdfEncoder.RASTER_DPI * Math.sqrt(maxPixels / atFull));
  }

  /**
   * The page count and size of a PDF just made, for its manifest record: read back from the
   * file, as {@code verify} reads it, so that the record says what the file says.
   */
  static PdfFacts facts(byte[] pdf) {
    try {
      return PdfFacts.read(pdf);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("logokit's own PDF does not read back: " + e.getMessage(),
          e);
    }
  }
}
