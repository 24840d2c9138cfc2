package org.logokit;

import java.awt.image.BufferedImage;

/** Differences between two images of the same size, on premultiplied RGBA, 0..255 a channel. */
public record ImageDiff(double mean, int max) {

  public static ImageDiff of(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new IllegalArgumentException("sizes differ: " + a.getWidth() + "x" + a.getHeight()
          + " vs " + b.getWidth() + "x" + b.getHeight());
    }
    long sum = 0;
    int max = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int[] pa = premultiplied(a.getRGB(x, y));
        int[] pb = premultiplied(b.getRGB(x, y));
        for (int c = 0; c < 4; c++) {
          int d = Math.abs(pa[c] - pb[c]);
          sum += d;
          max = Math.max(max, d);
        }
      }
    }
    return new ImageDiff(sum / (4.0 * a.getWidth() * a.getHeight()), max);
  }

  private static int[] premultiplied(int argb) {
    int alpha = argb >>> 24;
    return new int[] {
      ((argb >> 16) & 255) * alpha / 255, ((argb >> 8) & 255) * alpha / 255,
      (argb & 255) * alpha / 255, alpha
    };
  }
}
