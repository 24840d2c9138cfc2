package org.logokit.encode;

import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.image.BufferedImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * Lossless PNG bytes with a pHYs chunk and nothing time-dependent, so the same pixels always give
 * the same bytes.
 *
 * <p>Measured on the 88 PNGs of the XMPP kit (bytes against the published kit, encode CPU):
 *
 * <ul>
 *   <li>{@link Effort#FAST}, the default: pngencoder at deflate level 6, an exact palette when
 *       the image has at most 256 RGBA colours (one-colour logos): 0.794, ~0.6 s.
 *   <li>{@link Effort#SMALLEST}: the smaller of pngencoder at level 9 and the JDK's writer at
 *       level 9, whose adaptive row filters win on gradients (0.725, ~5 s), then its data
 *       re-deflated by {@link ZopfliPass} up to 1 MiB of pixels: 0.709, ~22 s.
 * </ul>
 *
 * pngencoder's own row filters ("predictor encoding") made every one of those files larger, so
 * they are off. Compression runs on one thread: the batch already runs a master per core, and
 * pngencoder's multi-threaded mode gives other bytes.
 */
public final class PngEncoder {
  /** How hard to compress. Both are lossless; only the bytes and the time differ. */
  public enum Effort { FAST, SMALLEST }

  private PngEncoder() {}

  public static byte[] encode(BufferedImage image, int pixelsPerMeter) {
    return encode(image, pixelsPerMeter, Effort.FAST);
  }

  public static byte[] encode(BufferedImage image, int pixelsPerMeter, Effort effort) {
    if (effort == Effort.FAST) {
      return libdeflate(image, pixelsPerMeter);
    }
    byte[] fast = libdeflate(image, pixelsPerMeter);
    byte[] a = pngencoder(image, pixelsPerMeter, 9);
    byte[] b = imageIo(image, pixelsPerMeter);
    byte[] best = b.length < a.length ? b : a;
    return new ZopfliPass().apply(fast.length < best.length ? fast : best);
  }

  private static byte[] libdeflate(BufferedImage image, int pixelsPerMeter) {
    BufferedImage argb = asArgb(image);
    BufferedImage palette = ExactPalette.of(argb);
    return palette != null
        ? PngFile.palette(palette, pixelsPerMeter)
        : PngFile.argb(argb, pixelsPerMeter);
  }

  /** The image itself when it is a plain {@code TYPE_INT_ARGB} one, else a copy that is. */
  private static BufferedImage asArgb(BufferedImage image) {
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

  private static byte[] pngencoder(BufferedImage image, int pixelsPerMeter, int level) {
    BufferedImage palette = ExactPalette.of(image);
    return new com.pngencoder.PngEncoder()
        .withBufferedImage(palette != null ? palette : image)
        .withCompressionLevel(level)
        .withPredictorEncoding(false)
        .withTryIndexedEncoding(palette == null && image.getType()
            != BufferedImage.TYPE_INT_ARGB) // ours found too many colours: don't count again
        .withMultiThreadedCompressionEnabled(false)
        .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.pixelsPerMeter(
            pixelsPerMeter))
        .toBytes();
  }

  /** The JDK's writer at level 9, with pHYs merged into its metadata. */
  private static byte[] imageIo(BufferedImage image, int pixelsPerMeter) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0f); // deflate level 9
    IIOMetadata meta = writer.getDefaultImageMetadata(
        ImageTypeSpecifier.createFromRenderedImage(image), param);
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(pixelsPerMeter));
    phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(pixelsPerMeter));
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    try {
      meta.mergeTree("javax_imageio_png_1.0", root);
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("a pHYs node is always valid", e);
    }
    return ImageIoBytes.write(writer, new IIOImage(image, null, meta), param);
  }
}
