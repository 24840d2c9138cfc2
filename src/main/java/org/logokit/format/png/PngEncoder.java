package org.logokit.format.png;

import java.awt.image.BufferedImage;

/**
 * Lossless PNG bytes with a pHYs chunk and nothing time-dependent, so the same pixels always give
 * the same bytes, on every machine: the only deflater is the bundled libdeflate
 * ({@link Libdeflate}), and the Zopfli pass is Java.
 *
 * <p>Measured on the 88 PNGs of the XMPP kit (bytes against the published kit, encode CPU):
 *
 * <ul>
 *   <li>{@link Effort#FAST}, the default: libdeflate at level 6, unfiltered rows, an exact
 *       palette when the image has at most 256 RGBA colours (one-colour logos): 0.750.
 *   <li>{@link Effort#SMALLEST}: the same rows at libdeflate's strongest level, 12, then,
 *       up to 1 MiB of pixel data, re-deflated by {@link ZopfliPass} when that is smaller:
 *       0.700 (the JDK's zlib at level 9 with Zopfli gave 0.713), in about twice its time:
 *       level 12 spends 55 s of CPU on the kit's 44 print-size images, for 4.5% fewer bytes
 *       than level 9 there.
 * </ul>
 *
 * Row filters made every file of the kit larger, flat-colour logos being what they are, so rows
 * are unfiltered. Compression runs on one thread per image: the batch already runs a master per
 * core.
 */
public final class PngEncoder {
  /** How hard to compress. Both are lossless; only the bytes and the time differ. */
  public enum Effort { FAST, SMALLEST }

  private PngEncoder() {}

  public static byte[] encode(BufferedImage image, int pixelsPerMeter) {
    return encode(image, pixelsPerMeter, Effort.FAST);
  }

  public static byte[] encode(BufferedImage image, int pixelsPerMeter, Effort effort) {
    BufferedImage argb = asArgb(image);
    // An image without alpha is written truecolour: App Store icons must be RGB, not indexed.
    BufferedImage palette = image.getType() == BufferedImage.TYPE_INT_RGB ? null
        : ExactPalette.of(argb);
    int level = effort == Effort.FAST ? Libdeflate.LEVEL : Libdeflate.SMALLEST_LEVEL;
    byte[] png = palette != null
        ? PngFile.palette(palette, pixelsPerMeter, level)
        : PngFile.argb(argb, pixelsPerMeter, level);
    return effort == Effort.FAST ? png : new ZopfliPass().apply(png);
  }

  /**
   * 8-bit RGBA always, never RGB or a palette, even when every pixel is opaque: for a file whose
   * reader asks for a 32-bit PNG (Google Play's icon).
   */
  public static byte[] encodeRgba(BufferedImage image, int pixelsPerMeter, Effort effort) {
    int level = effort == Effort.FAST ? Libdeflate.LEVEL : Libdeflate.SMALLEST_LEVEL;
    byte[] png = PngFile.rgba(asArgb(image), pixelsPerMeter, level);
    return effort == Effort.FAST ? png : new ZopfliPass().apply(png);
  }

  /**
   * An icon file's entry: 8-bit RGBA always, and no pHYs, as ICO and ICNS readers expect of
   * their PNG entries.
   */
  public static byte[] iconEntry(BufferedImage image) {
    return PngFile.iconEntry(asArgb(image));
  }

  /** The image itself when it is a plain {@code TYPE_INT_ARGB} one, else a copy that is. */
  static BufferedImage asArgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_ARGB
        && image.getRaster().getDataBuffer().getNumBanks() == 1
        && image.getRaster().getMinX() == 0 && image.getRaster().getMinY() == 0
        && image.getRaster().getParent() == null) {
      return image;
    }
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = copy.createGraphics();
    g.setComposite(java.awt.AlphaComposite.Src);
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return copy;
  }
}
