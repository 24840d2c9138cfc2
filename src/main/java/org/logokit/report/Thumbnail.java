package org.logokit.report;

import java.awt.image.BufferedImage;

/**
 * An image scaled down to fit a square by averaging the source pixels each target pixel covers,
 * in integer arithmetic on premultiplied RGBA: the same pixels give the same thumbnail on every
 * JDK and machine, which Java2D's scaling hints do not promise.
 */
final class Thumbnail {
  private Thumbnail() {}

  /** {@code img} itself when it fits in {@code cap} x {@code cap}, else a smaller copy. */
  static BufferedImage fit(BufferedImage img, int cap) {
    int w = img.getWidth();
    int h = img.getHeight();
    if (w <= cap && h <= cap) {
      return img;
    }
    int tw = Math.max(1, w >= h ? cap : (int) ((long) w * cap / h));
    int th = Math.max(1, h >= w ? cap : (int) ((long) h * cap / w));
    BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
    int[] row = new int[w];
    long[] sums = new long[tw * 4];
    for (int ty = 0; ty < th; ty++) {
      java.util.Arrays.fill(sums, 0);
      int y0 = (int) ((long) ty * h / th);
      int y1 = (int) ((long) (ty + 1) * h / th);
      for (int y = y0; y < y1; y++) {
        img.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0; x < w; x++) {
          int tx = (int) ((long) x * tw / w);
          int p = row[x];
          int a = p >>> 24;
          sums[tx * 4] += a;
          sums[tx * 4 + 1] += ((p >>> 16) & 255) * a;
          sums[tx * 4 + 2] += ((p >>> 8) & 255) * a;
          sums[tx * 4 + 3] += (p & 255) * a;
        }
      }
      for (int tx = 0; tx < tw; tx++) {
        long n = (long) (y1 - y0) * (((long) (tx + 1) * w + tw - 1) / tw - ((long) tx * w + tw
            - 1) / tw);
        long a = sums[tx * 4];
        int argb = 0;
        if (a > 0) {
          argb = (int) ((a + n / 2) / n) << 24
              | (int) ((sums[tx * 4 + 1] + a / 2) / a) << 16
              | (int) ((sums[tx * 4 + 2] + a / 2) / a) << 8
              | (int) ((sums[tx * 4 + 3] + a / 2) / a);
        }
        out.setRGB(tx, ty, argb);
      }
    }
    return out;
  }
}
