package org.logokit.format.png;

import java.io.IOException;
import java.util.Locale;
import org.logokit.format.Facts;
import org.logokit.format.ImageFiles;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * What a PNG says of itself: its size and its pHYs, read with the JDK's PNG reader.
 *
 * @param pixelsPerMeterX pHYs x, or -1 when the file has no pHYs in metres
 * @param pixelsPerMeterY pHYs y, or -1
 */
record PngInfo(int width, int height, int pixelsPerMeterX, int pixelsPerMeterY)
    implements Facts {
  @Override
  public double dpi() {
    return pixelsPerMeterX < 0 ? Double.NaN : pixelsPerMeterX * 0.0254;
  }

  /** pHYs must be the DPI in pixels per metre, exactly as logokit writes it. */
  @Override
  public String resolutionOtherThan(double dpi) {
    return resolutionOtherThan(dpi, null);
  }

  /** As its encoder wrote it: png-1 truncated (3779 for 96 DPI), png-2 on rounds (3780). */
  @Override
  public String resolutionOtherThan(double dpi, String encoder) {
    if (pixelsPerMeterX >= 0 && PngCodec.writtenAs(dpi, encoder, pixelsPerMeterX,
        pixelsPerMeterY)) {
      return null;
    }
    if (pixelsPerMeterX < 0) {
      return "no pHYs";
    }
    String x = String.format(Locale.ROOT, "%.2f", pixelsPerMeterX * 0.0254);
    return x + " DPI (pHYs " + pixelsPerMeterX
        + (pixelsPerMeterY != pixelsPerMeterX ? "x" + pixelsPerMeterY : "") + " px/m)";
  }

  /** Reads the header and the chunks before the image data; {@code decode} reads it all too. */
  static PngInfo read(byte[] png, boolean decode) throws IOException {
    if (!PngCodec.PNG.sniff(png)) {
      throw new IOException("not a PNG file");
    }
    return ImageFiles.eachImage(png, (reader, i) -> {
      int[] phys = phys(reader.getImageMetadata(i));
      if (decode) {
        reader.read(i);
      }
      return new PngInfo(reader.getWidth(i), reader.getHeight(i), phys[0], phys[1]);
    }).get(0);
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
