package org.logokit.verify;

import java.io.IOException;
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

  /** Reads the header and tags; {@code decode} reads the pixels too. */
  static TiffInfo read(byte[] tiff, boolean decode) throws IOException {
    return ImageFiles.eachImage(tiff, (reader, i) -> {
      double x = Double.NaN;
      boolean inches = false;
      Node root = reader.getImageMetadata(i).getAsTree(NATIVE);
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
        ImageFiles.read(reader, i);
      }
      return new TiffInfo(reader.getWidth(i), reader.getHeight(i), inches ? x : Double.NaN);
    }).get(0);
  }
}
