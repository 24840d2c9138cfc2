package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The libdeflate path: the container, the colour types, the rows, and the library check. */
class PngFileTest {
  /** Opaque, thousands of colours: no palette, no alpha. */
  static BufferedImage opaqueGradient() {
    BufferedImage img = new BufferedImage(120, 50, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 50; y++) {
      for (int x = 0; x < 120; x++) {
        img.setRGB(x, y, 0xff000000 | (x * 2) << 16 | (y * 5) << 8 | (x ^ y));
      }
    }
    return img;
  }

  @Test
  void anOpaqueImageIsStoredAsRgbAndDecodesExactly() throws Exception {
    BufferedImage img = opaqueGradient();
    byte[] png = PngEncoder.encode(img, 3779);
    assertEquals(2, png[8 + 8 + 9], "colour type 2: RGB, no alpha channel");
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        assertEquals(img.getRGB(x, y), back.getRGB(x, y), x + "," + y);
      }
    }
  }

  @Test
  void translucentImageIsRgbaWithUnfilteredRowsInOneIdat() throws Exception {
    BufferedImage img = PngEncoderTest.gradient();
    byte[] png = PngEncoder.encode(img, 3779);
    assertEquals(6, png[8 + 8 + 9], "colour type 6: RGBA");
    List<byte[]> idats = chunks(png, "IDAT");
    assertEquals(1, idats.size(), "the whole image deflated in one call");
    byte[] raw = inflate(idats.get(0));
    int rowBytes = 1 + 4 * img.getWidth();
    assertEquals(rowBytes * img.getHeight(), raw.length);
    for (int y = 0; y < img.getHeight(); y++) {
      assertEquals(0, raw[y * rowBytes], "row " + y + " has filter type 0");
    }
  }

  @Test
  void paletteRowsAreUnfilteredIndices() throws Exception {
    BufferedImage img = PngEncoderTest.oneColour();
    byte[] png = PngEncoder.encode(img, 3779);
    assertEquals(3, png[8 + 8 + 9], "colour type 3: palette");
    byte[] raw = inflate(chunks(png, "IDAT").get(0));
    assertEquals((1 + img.getWidth()) * img.getHeight(), raw.length);
  }

  static List<byte[]> chunks(byte[] png, String type) {
    List<byte[]> found = new ArrayList<>();
    for (int i = 8; i < png.length; ) {
      int len = ByteBuffer.wrap(png, i, 4).getInt();
      if (new String(png, i + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
        byte[] data = new byte[len];
        System.arraycopy(png, i + 8, data, 0, len);
        found.add(data);
      }
      i += 12 + len;
    }
    return found;
  }

  static byte[] inflate(byte[] zlib) {
    Inflater inflater = new Inflater();
    inflater.setInput(zlib);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && inflater.needsInput()) {
          throw new AssertionError("truncated zlib stream");
        }
        out.write(buf, 0, n);
      }
    } catch (java.util.zip.DataFormatException e) {
      throw new AssertionError(e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }
}
