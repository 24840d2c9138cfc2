package org.logokit.pipeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.logokit.kit.Target;
import org.logokit.plan.OutputJob;

/** What an icon set's image files need beyond painting the master. */
final class SetImages {
  private SetImages() {}

  static boolean isFill(Target t) {
    return t instanceof Target.SetFile f && f.kind() == Target.SetFile.Kind.FILL;
  }

  /** The job's canvas in its background colour alone: an adaptive icon's background layer. */
  static BufferedImage fill(OutputJob job) {
    BufferedImage image = new BufferedImage(job.width(), job.height(),
        BufferedImage.TYPE_INT_ARGB);
    java.util.Arrays.fill(((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer())
        .getData(), job.content().background());
    return image;
  }

  /**
   * The image with no alpha channel when its file must have none (Apple's icons: a PNG with one
   * is refused by App Store validation even when every pixel is opaque); else as it is.
   */
  static BufferedImage opaqueIfAsked(Target t, BufferedImage image) {
    if (!(t instanceof Target.SetFile f) || f.kind() != Target.SetFile.Kind.OPAQUE
        || image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(image, 0, 0, null); // drawn over black; the canvas is opaque already
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
