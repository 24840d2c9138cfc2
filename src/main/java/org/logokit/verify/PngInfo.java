package org.logokit.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * What a PNG says of itself: its size and its pHYs, read with the JDK's PNG reader.
 *
 * @param pixelsPerMeterX pHYs x, or -1 when the file has no pHYs in metres
 * @param pixelsPerMeterY pHYs y, or -1
 */
record PngInfo(int width, int height, int pixelsPerMeterX, int pixelsPerMeterY) {

  /** Reads the header and the chunks before the image data; {@code decode} reads it all too. */
  static PngInfo read(byte[] png, boolean decode) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, false);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        int[] phys = phys(reader.getImageMetadata(0));
        if (decode) {
          reader.read(0);
        }
        return new PngInfo(w, h, phys[0], phys[1]);
      } catch (RuntimeException e) {
        throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
  }

  private static int[] phys(IIOMetadata meta) {
    Node root = meta.getAsTree("javax_imageio_png_1.0");
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("pHYs")) {
        var a = n.getAttributes();
        if ("meter".equals(a.getNamedItem("unitSpecifier").getNodeValue())) {
          return new int[] {
            Integer.parseInt(a.getNamedItem("pixelsPerUnitXAxis").getNodeValue()),
            Integer.parseInt(a.getNamedItem("pixelsPerUnitYAxis").getNodeValue())
          };
        }
      }
    }
    return new int[] {-1, -1};
  }
}
