package org.logokit.sets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.logokit.format.ImageFiles;

/** What the platform rules ask of an icon's pixels, checked on a decoded file. */
final class Pixels {
  private Pixels() {}

  static BufferedImage read(Path png) throws IOException {
    return ImageFiles.decode(Files.readAllBytes(png));
  }

  /** No alpha channel at all, as Apple's App Store icons must be. */
  static boolean noAlphaChannel(BufferedImage image) {
    return !image.getColorModel().hasAlpha();
  }

  /** Every pixel at alpha 255. */
  static boolean opaque(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) >>> 24 != 0xff) {
          return false;
        }
      }
    }
    return true;
  }

  /** What a test asks of one pixel. */
  interface Where {
    boolean test(int x, int y);
  }

  /** The first pixel where {@code where} holds and the colour is not {@code argb}, or null. */
  static String firstOtherThan(BufferedImage image, int argb, Where where) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (where.test(x, y) && image.getRGB(x, y) != argb) {
          return String.format("(%d,%d) is #%08x", x, y, image.getRGB(x, y));
        }
      }
    }
    return null;
  }

  /** Whether the whole pixel lies outside the centred circle of this radius. */
  static boolean outsideCircle(BufferedImage image, int x, int y, double radius) {
    double cx = image.getWidth() / 2.0;
    double cy = image.getHeight() / 2.0;
    // The pixel's nearest point to the centre.
    double dx = Math.max(0, Math.abs(x + 0.5 - cx) - 0.5);
    double dy = Math.max(0, Math.abs(y + 0.5 - cy) - 0.5);
    return dx * dx + dy * dy > radius * radius;
  }

  /**
   * How far from the image's centre any pixel that is not {@code background} reaches: the
   * distance to that pixel's farthest corner, in pixels; 0 when there is none.
   */
  static double reach(BufferedImage image, int background) {
    double cx = image.getWidth() / 2.0;
    double cy = image.getHeight() / 2.0;
    double best = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (p != background && !(background == 0 && p >>> 24 == 0)) {
          double dx = Math.max(Math.abs(x - cx), Math.abs(x + 1 - cx));
          double dy = Math.max(Math.abs(y - cy), Math.abs(y + 1 - cy));
          best = Math.max(best, Math.hypot(dx, dy));
        }
      }
    }
    return best;
  }

  /** The PNG's colour type from its IHDR: 2 truecolour, 3 indexed, 6 truecolour with alpha. */
  static int colourType(Path png) throws IOException {
    byte[] b = Files.readAllBytes(png);
    return b[25];
  }
}
