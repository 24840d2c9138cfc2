package org.logokit.verify;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Decoding PNG bytes with the JDK's reader. */
public final class Pngs {
  private Pngs() {}

  /** @throws IOException when the bytes are not a decodable image */
  public static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage img;
    try {
      img = ImageIO.read(new ByteArrayInputStream(png));
    } catch (RuntimeException e) {
      throw new IOException(e.toString(), e);
    }
    if (img == null) {
      throw new IOException("not an image ImageIO can read");
    }
    return img;
  }
}
