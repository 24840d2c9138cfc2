package org.logokit.adopt;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The worst local difference between two images: the mean difference per channel (premultiplied
 * RGBA, 0-255, as {@link org.logokit.verify.ImageComparison} measures the whole file) over the
 * square window where it is largest. A file's mean hides a loss that is local (a shading layer
 * Batik did not draw, over a tenth of the logo, is 2.98 over a whole file whose limit is 2.5,
 * and 30 or more where it is); anti-aliasing, which differs between good renderers along every
 * edge, stays low in any window.
 *
 * <p>The window is an eighth of the image's shorter side (at least 8 px), moved by half its
 * side; an icon's entries are each measured and the worst kept.
 *
 * @param mean the mean difference per channel in the worst window
 * @param x its left edge, in pixels
 * @param y its top edge
 * @param side its side, in pixels
 */
public record RegionDifference(double mean, int x, int y, int side) {
  /**
   * The default limit for {@link #mean}: 10 per channel. On the XMPP kit against Inkscape's
   * PNGs logokit's worst window is under 4; a master whose multiply shading Batik drops is
   * far over it.
   */
  public static final double DEFAULT_TOLERANCE = 10;

  static RegionDifference ofAll(List<BufferedImage> a, List<BufferedImage> b) {
    RegionDifference worst = new RegionDifference(0, 0, 0, 0);
    for (int i = 0; i < a.size(); i++) {
      RegionDifference r = of(a.get(i), b.get(i));
      if (r.mean > worst.mean) {
        worst = r;
      }
    }
    return worst;
  }

  static RegionDifference of(BufferedImage a, BufferedImage b) {
    int w = a.getWidth();
    int h = a.getHeight();
    // Blocks of half a window's side, summed once; a window is 2 x 2 blocks.
    int step = Math.max(4, Math.min(w, h) / 16);
    int bw = (w + step - 1) / step;
    int bh = (h + step - 1) / step;
    long[] blocks = new long[bw * bh];
    int[] rowA = new int[w];
    int[] rowB = new int[w];
    for (int y = 0; y < h; y++) {
      org.logokit.verify.ImageComparison.readRow(a, y, rowA);
      org.logokit.verify.ImageComparison.readRow(b, y, rowB);
      int base = (y / step) * bw;
      for (int x = 0; x < w; x++) {
        blocks[base + x / step] += difference(rowA[x], rowB[x]);
      }
    }
    RegionDifference worst = new RegionDifference(0, 0, 0, Math.min(2 * step, Math.min(w, h)));
    for (int by = 0; by < Math.max(1, bh - 1); by++) {
      for (int bx = 0; bx < Math.max(1, bw - 1); bx++) {
        long sum = 0;
        for (int j = by; j < Math.min(bh, by + 2); j++) {
          for (int i = bx; i < Math.min(bw, bx + 2); i++) {
            sum += blocks[j * bw + i];
          }
        }
        int pw = Math.min(w, (bx + 2) * step) - bx * step;
        int ph = Math.min(h, (by + 2) * step) - by * step;
        double mean = sum / (4.0 * pw * ph);
        if (mean > worst.mean) {
          worst = new RegionDifference(mean, bx * step, by * step, Math.max(pw, ph));
        }
      }
    }
    return worst;
  }

  /** The summed channel differences of two ARGB pixels, premultiplied. */
  private static int difference(int p, int q) {
    if (p == q || (p >>> 24 == 0 && q >>> 24 == 0)) {
      return 0;
    }
    int d = 0;
    int ap = p >>> 24;
    int aq = q >>> 24;
    d += Math.abs(ap - aq);
    for (int s = 0; s < 24; s += 8) {
      int cp = (((p >>> s) & 255) * ap + 127) / 255;
      int cq = (((q >>> s) & 255) * aq + 127) / 255;
      d += Math.abs(cp - cq);
    }
    return d;
  }
}
