package org.logokit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** PNGs as the JDK's own writer makes them: the same pixels and pHYs as logokit's, other bytes. */
public final class JdkPng {
  private JdkPng() {}

  public static byte[] of(BufferedImage image, int pixelsPerMeter) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    IIOMetadata meta = writer.getDefaultImageMetadata(
        ImageTypeSpecifier.createFromRenderedImage(image), null);
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(pixelsPerMeter));
    phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(pixelsPerMeter));
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    meta.mergeTree("javax_imageio_png_1.0", root);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream o = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(o);
      writer.write(new IIOImage(image, null, meta));
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
