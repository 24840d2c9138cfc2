package org.logokit.plan;

/**
 * Where the master goes on an output's canvas, in canvas pixels, and what is behind it.
 *
 * @param background ARGB, 0 for transparent
 */
public record ContentBox(double x, double y, double width, double height, int background) {

  /** The whole canvas, nothing behind: an output that is just the master. */
  public static ContentBox full(int width, int height) {
    return new ContentBox(0, 0, width, height, 0);
  }

  /** The master fitted (aspect kept) and centred inside the padding of a canvas. */
  public static ContentBox fit(IntrinsicSize size, int canvasWidth, int canvasHeight,
      double padding, int background) {
    double w = Math.max(1e-3, canvasWidth - 2 * padding);
    double h = Math.max(1e-3, canvasHeight - 2 * padding);
    double s = Math.min(w / size.width(), h / size.height());
    double cw = size.width() * s;
    double ch = size.height() * s;
    return new ContentBox((canvasWidth - cw) / 2, (canvasHeight - ch) / 2, cw, ch, background);
  }
}
