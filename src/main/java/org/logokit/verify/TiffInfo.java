package org.logokit.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a TIFF says of itself: its size and its resolution in DPI, from the native tags 282
 * (XResolution) and 296 (ResolutionUnit), read with TwelveMonkeys' reader.
 *
 * @param dpi NaN when the tags are missing or not in inches
 */
record TiffInfo(int width, int height, double dpi) {
  private static final String NATIVE = "com_sun_media_imageio_plugins_tiff_image_1.0";

  static TiffInfo read(byte[] tiff, boolean decode) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("not an image ImageIO can read");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        double x = Double.NaN;
        boolean inches = false;
        Node root = reader.getImageMetadata(0).getAsTree(NATIVE);
        for (Node ifd = root.getFirstChild(); ifd != null; ifd = ifd.getNextSibling()) {
          for (Node f = ifd.getFirstChild(); f != null; f = f.getNextSibling()) {
            String tag = ((Element) f).getAttribute("number");
            String value = ((Element) f.getFirstChild().getFirstChild()).getAttribute("value");
            if (tag.equals("282")) {
              String[] r = value.split("/");
              x = Double.parseDouble(r[0]) / (r.length > 1 ? Double.parseDouble(r[1]) : 1);
            } else if (tag.equals("296")) {
              inches = value.equals("2");
            }
          }
        }
        if (decode) {
          reader.read(0);
        }
        return new TiffInfo(reader.getWidth(0), reader.getHeight(0), inches ? x : Double.NaN);
      } catch (RuntimeException e) {
        throw new IOException(e.toString(), e);
      } finally {
        reader.dispose();
      }
    }
  }
}
