package org.logokit.adopt;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.logokit.plan.ContentBox;

/**
 * Where the art is on an export's canvas: the box of the pixels that are not its background
 * (transparent, or the opaque colour all four corners share). Read to tell a placement
 * (the art centred on a larger canvas) from a file whose canvas only happens to be that size,
 * and to say so when the margins are not symmetric.
 *
 * @param background ARGB of the canvas, 0 when it is transparent
 * @param empty true when nothing but the background is there
 */
record ArtBounds(int x0, int y0, int x1, int y1, int width, int height, int background,
    boolean empty) {
  /** Alpha or colour differences up to this are the background's (anti-aliasing noise). */
  private static final int NOISE = 8;

  static ArtBounds of(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] corners = {img.getRGB(0, 0), img.getRGB(w - 1, 0), img.getRGB(0, h - 1),
        img.getRGB(w - 1, h - 1)};
    int bg = 0;
    if (corners[0] >>> 24 == 255 && close(corners[0], corners[1]) && close(corners[0],
        corners[2]) && close(corners[0], corners[3])) {
      bg = corners[0];
    }
    int x0 = w;
    int y0 = h;
    int x1 = -1;
    int y1 = -1;
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        boolean art = bg == 0 ? (row[x] >>> 24) > NOISE : !close(row[x], bg);
        if (art) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return new ArtBounds(x0, y0, x1 + 1, y1 + 1, w, h, bg, x1 < 0);
  }

  private static boolean close(int a, int b) {
    for (int s = 0; s < 32; s += 8) {
      if (Math.abs(((a >>> s) & 255) - ((b >>> s) & 255)) > NOISE) {
        return false;
      }
    }
    return true;
  }

  /** Whether the art lies inside the box a placement draws the master in (1.5 px slack). */
  boolean inside(ContentBox box) {
    double slack = 1.5;
    return empty || (x0 >= box.x() - slack && y0 >= box.y() - slack
        && x1 <= box.x() + box.width() + slack && y1 <= box.y() + box.height() + slack);
  }

  /** "left 150, right 150, top 178, bottom 177 px". */
  String margins() {
    return String.format(Locale.ROOT, "left %d, right %d, top %d, bottom %d px", x0,
        width - x1, y0, height - y1);
  }
}
