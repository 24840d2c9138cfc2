package org.logokit.verify;

import java.awt.image.BufferedImage;

/**
 * How two same-sized images differ, on premultiplied RGBA (so the colour of fully transparent
 * pixels, which no one sees, does not count).
 *
 * @param max the largest difference of one channel, 0..255
 * @param mean the mean difference per channel
 * @param changedPixels pixels with any difference
 */
public record ImageComparison(int max, double mean, long changedPixels) {

  public static ImageComparison of(BufferedImage a, BufferedImage b) {
    requireSameSize(a, b);
    int w = a.getWidth();
    int[] rowA = new int[w];
    int[] rowB = new int[w];
    long sum = 0;
    long changed = 0;
    int max = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      readRow(a, y, rowA);
      readRow(b, y, rowB);
      for (int x = 0; x < w; x++) {
        if (rowA[x] == rowB[x] || (rowA[x] >>> 24 == 0 && rowB[x] >>> 24 == 0)) {
          continue; // no difference, premultiplied: the common case, skipped cheaply
        }
        int d = pixelDifference(rowA[x], rowB[x]);
        if (d != 0) {
          changed++;
        }
        for (int s = 0; s < 32; s += 8) {
          int c = Math.abs(premultiplied(rowA[x], s) - premultiplied(rowB[x], s));
          sum += c;
          max = Math.max(max, c);
        }
      }
    }
    return new ImageComparison(max, sum / (4.0 * w * a.getHeight()), changed);
  }

  /**
   * Row {@code y} of {@code img} as ARGB into {@code row}, as {@code getRGB} gives it; copied
   * straight from the pixels of a plain INT_ARGB image, which {@code getRGB} would convert one
   * by one through its colour model (most of compare's time on a kit of large files).
   */
  public static void readRow(BufferedImage img, int y, int[] row) {
    int w = img.getWidth();
    java.awt.image.WritableRaster r = img.getRaster();
    if (img.getType() == BufferedImage.TYPE_INT_ARGB
        && r.getDataBuffer() instanceof java.awt.image.DataBufferInt data
        && data.getNumBanks() == 1 && data.getOffset() == 0
        && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0
        && r.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel m
        && m.getScanlineStride() == w) {
      System.arraycopy(data.getData(), y * w, row, 0, w);
    } else {
      img.getRGB(0, y, w, 1, row, 0, w);
    }
  }

  /**
   * Two files' images (an icon's entries, or one image each) compared pairwise and summed up:
   * the largest difference, the mean weighted by pixels, the changed pixels.
   */
  public static ImageComparison ofAll(java.util.List<BufferedImage> a,
      java.util.List<BufferedImage> b) {
    int max = 0;
    double sum = 0;
    long changed = 0;
    long pixels = 0;
    for (int i = 0; i < a.size(); i++) {
      ImageComparison c = of(a.get(i), b.get(i));
      long n = (long) a.get(i).getWidth() * a.get(i).getHeight();
      max = Math.max(max, c.max());
      sum += c.mean() * n;
      changed += c.changedPixels();
      pixels += n;
    }
    return new ImageComparison(max, pixels == 0 ? 0 : sum / pixels, changed);
  }

  public boolean identical() {
    return max == 0;
  }

  /**
   * A picture of the difference: unchanged pixels as a faint copy of {@code b}, changed ones in
   * solid magenta, so a reviewer sees at once where a logo changed.
   */
  public static BufferedImage highlight(BufferedImage a, BufferedImage b) {
    requireSameSize(a, b);
    BufferedImage out = new BufferedImage(a.getWidth(), a.getHeight(),
        BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int pa = a.getRGB(x, y);
        int pb = b.getRGB(x, y);
        out.setRGB(x, y, pixelDifference(pa, pb) != 0 ? 0xffff00ff
            : (pb & 0x00ffffff) | (((pb >>> 24) / 4) << 24));
      }
    }
    return out;
  }

  private static int pixelDifference(int a, int b) {
    int d = 0;
    for (int s = 0; s < 32; s += 8) {
      d = Math.max(d, Math.abs(premultiplied(a, s) - premultiplied(b, s)));
    }
    return d;
  }

  /** The channel at bit {@code shift} of {@code argb}, premultiplied by its alpha. */
  private static int premultiplied(int argb, int shift) {
    int alpha = argb >>> 24;
    int c = (argb >>> shift) & 255;
    return shift == 24 ? c : (c * alpha + 127) / 255;
  }

  private static void requireSameSize(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new IllegalArgumentException("sizes differ: " + a.getWidth() + "x" + a.getHeight()
          + " vs " + b.getWidth() + "x" + b.getHeight());
    }
  }
}
