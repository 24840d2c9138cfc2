package org.logokit.encode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Multi-size icon files, written with TwelveMonkeys ImageIO: a Windows/web {@code .ico} with PNG
 * entries (TwelveMonkeys' BMP entries swap red and blue and are 3-4x larger), and a macOS
 * {@code .icns}.
 */
public final class IconEncoder {
  /** An icon container format. */
  public enum Format {
    ICO("ico"),
    ICNS("icns");

    private final String imageIoName;

    Format(String imageIoName) {
      this.imageIoName = imageIoName;
    }

    public String extension() {
      return imageIoName;
    }
  }

  private IconEncoder() {}

  /** @param images one per entry, smallest first, each square */
  public static byte[] encode(Format format, List<BufferedImage> images) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName);
    if (!writers.hasNext()) {
      throw new IllegalStateException("no ImageIO writer for " + format
          + ": the TwelveMonkeys plugin is missing from the classpath");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format == Format.ICO) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("BI_PNG");
      }
      writer.prepareWriteSequence(null);
      for (BufferedImage image : images) {
        writer.writeToSequence(new IIOImage(image, null, null), param);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
