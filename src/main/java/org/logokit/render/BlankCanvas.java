package org.logokit.render;

import org.logokit.screen.SvgException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Locale;

/**
 * Refuses a paint that left the canvas as it was although the master draws something: Batik
 * fails silently on some masters (nested clip paths were one), and a fully transparent logo
 * must not pass as a rendered one.
 *
 * <p>"Draws something" is {@link DrawnBounds}: the union of every filled or stroked shape, text
 * and image, before clipping, masking and opacity. A master with nothing of
 * the kind (no element, or only {@code fill="none"} shapes) draws nothing, and its transparent
 * outputs are what it asks for: they pass.
 */
final class BlankCanvas {
  private BlankCanvas() {}

  /**
   * @param drawn where the master paints, in its px ({@link DrawnBounds}); {@code null} when it
   *     draws nothing
   * @param background the canvas's ARGB before painting, 0 for transparent
   */
  static void check(BufferedImage image, int background, Rectangle2D drawn, double masterWidth,
      double masterHeight) throws SvgException {
    if (drawn == null || drawn.isEmpty() || !unchanged(image, background)) {
      return;
    }
    String was = background == 0 ? "fully transparent"
        : String.format(Locale.ROOT, "only the background #%08x", background);
    throw new SvgException(String.format(Locale.ROOT,
        "painted nothing: %s at %dx%d px, though the master draws within (%s, %s)-(%s, %s) of "
            + "its %sx%s px", was, image.getWidth(), image.getHeight(), n(drawn.getMinX()),
        n(drawn.getMinY()), n(drawn.getMaxX()), n(drawn.getMaxY()), n(masterWidth),
        n(masterHeight)));
  }

  /** Every pixel still the background (for a transparent one: alpha 0, whatever the colour). */
  private static boolean unchanged(BufferedImage image, int background) {
    int w = image.getWidth();
    int h = image.getHeight();
    int mask = background == 0 ? 0xff000000 : 0xffffffff;
    if (image.getType() != BufferedImage.TYPE_INT_ARGB) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          if ((image.getRGB(x, y) & mask) != background) {
            return false;
          }
        }
      }
      return true;
    }
    // Rows copied as ARGB ints (getRGB converts pixel by pixel, far slower), the middle row
    // first: a logo is seldom blank across its centre, so most checks end there.
    WritableRaster raster = image.getRaster();
    int[] row = new int[w];
    for (int i = 0; i < h; i++) {
      int y = (h / 2 + i) % h;
      raster.getDataElements(0, y, w, 1, row);
      for (int argb : row) {
        if ((argb & mask) != background) {
          return false;
        }
      }
    }
    return true;
  }

  private static String n(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
