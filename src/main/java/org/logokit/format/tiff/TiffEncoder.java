package org.logokit.format.tiff;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * TIFF for print, written with TwelveMonkeys ImageIO: LZW-compressed RGBA with its resolution in
 * the native tags XResolution (282), YResolution (283) and ResolutionUnit (296, inches). The
 * standard metadata route was seen to write a wrong resolution, and Deflate TIFFs failed in the
 * JDK's reader, so neither is used.
 */
public final class TiffEncoder {
  private static final String NATIVE = "com_sun_media_imageio_plugins_tiff_image_1.0";

  private TiffEncoder() {}

  public static byte[] encode(BufferedImage image, double dpi) {
    ImageWriter writer = twelveMonkeysWriter();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType("LZW");
    IIOMetadata meta = writer.getDefaultImageMetadata(
        ImageTypeSpecifier.createFromRenderedImage(image), param);
    try {
      meta.mergeTree(NATIVE, resolution(dpi));
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("resolution tags are always valid", e);
    }
    return ImageIoBytes.write(writer, new IIOImage(image, null, meta), param);
  }

  /** The DPI as a rational in hundredths, e.g. 300 -> 30000/100, 7.68 -> 768/100. */
  static String rational(double dpi) {
    return Math.round(dpi * 100) + "/100";
  }

  private static IIOMetadataNode resolution(double dpi) {
    IIOMetadataNode ifd = new IIOMetadataNode("TIFFIFD");
    for (int tag : new int[] {282, 283}) {
      IIOMetadataNode value = new IIOMetadataNode("TIFFRational");
      value.setAttribute("value", rational(dpi));
      ifd.appendChild(field(tag, "TIFFRationals", value));
    }
    IIOMetadataNode inch = new IIOMetadataNode("TIFFShort");
    inch.setAttribute("value", "2");
    ifd.appendChild(field(296, "TIFFShorts", inch));
    IIOMetadataNode root = new IIOMetadataNode(NATIVE);
    root.appendChild(ifd);
    return root;
  }

  private static IIOMetadataNode field(int tag, String listName, IIOMetadataNode value) {
    IIOMetadataNode list = new IIOMetadataNode(listName);
    list.appendChild(value);
    IIOMetadataNode field = new IIOMetadataNode("TIFFField");
    field.setAttribute("number", Integer.toString(tag));
    field.appendChild(list);
    return field;
  }

  /** The JDK registers a TIFF writer too; the measured facts are about TwelveMonkeys'. */
  private static ImageWriter twelveMonkeysWriter() {
    for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
      ImageWriter w = it.next();
      if (w.getClass().getName().startsWith("com.twelvemonkeys.")) {
        return w;
      }
    }
    throw new IllegalStateException("no TwelveMonkeys TIFF writer: imageio-tiff is missing");
  }
}
