package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.logokit.TestFiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngEncoderTest {

  /** One colour with anti-aliased edges: few colours, encoded as a palette. */
  static BufferedImage oneColour() {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.fill(new Ellipse2D.Double(3.3, 2.7, 50, 40));
    g.dispose();
    return img;
  }

  /** Two crossed translucent gradients: thousands of colours, encoded as RGBA. */
  static BufferedImage gradient() {
    BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(255, 0, 0, 40), 300, 0,
        new Color(0, 90, 0, 255)));
    g.fillRect(0, 0, 300, 200);
    g.setPaint(new GradientPaint(0, 0, new Color(0, 0, 255, 0), 0, 200,
        new Color(0, 0, 255, 200)));
    g.fillRect(0, 0, 300, 200);
    g.dispose();
    return img;
  }

  @ParameterizedTest
  @ValueSource(strings = {"oneColour", "gradient"})
  void decodesToExactlyThePixelsGiven(String which) {
    BufferedImage img = which.equals("gradient") ? gradient() : oneColour();
    BufferedImage back = TestFiles.decode(PngEncoder.encode(img, 3779));
    assertEquals(img.getWidth(), back.getWidth());
    assertEquals(img.getHeight(), back.getHeight());
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int a = img.getRGB(x, y);
        int b = back.getRGB(x, y);
        // Fully transparent pixels carry no colour; every other pixel must be exact.
        if ((a >>> 24) != 0 || (b >>> 24) != 0) {
          assertEquals(Integer.toHexString(a), Integer.toHexString(b), "pixel " + x + "," + y);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 3779, 11811, 23622})
  void writesPhysInPixelsPerMetre(int ppm) throws Exception {
    Element phys = phys(PngEncoder.encode(gradient(), ppm));
    assertEquals(String.valueOf(ppm), phys.getAttribute("pixelsPerUnitXAxis"));
    assertEquals(String.valueOf(ppm), phys.getAttribute("pixelsPerUnitYAxis"));
    assertEquals("meter", phys.getAttribute("unitSpecifier"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"oneColour", "gradient"})
  void sameImageGivesSameBytes(String which) {
    byte[] first = PngEncoder.encode(which.equals("gradient") ? gradient() : oneColour(), 3779);
    byte[] second = PngEncoder.encode(which.equals("gradient") ? gradient() : oneColour(), 3779);
    assertArrayEquals(first, second);
  }

  @org.junit.jupiter.api.Test
  void oneColourLogoBecomesAPalette() throws Exception {
    byte[] png = PngEncoder.encode(oneColour(), 3779);
    assertEquals(3, png[25], "IHDR colour type 3 (palette)");
    assertEquals(6, PngEncoder.encode(gradient(), 3779)[25], "IHDR colour type 6 (RGBA)");
  }

  private static Element phys(byte[] png) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> it = ImageIO.getImageReaders(in);
      ImageReader r = it.next();
      r.setInput(in);
      Node root = r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("pHYs")) {
          return (Element) n;
        }
      }
      throw new AssertionError("no pHYs chunk");
    }
  }

  @org.junit.jupiter.api.Test
  void writesNoTimeOrTextChunks() {
    for (BufferedImage img : new BufferedImage[] {oneColour(), gradient()}) {
      byte[] png = PngEncoder.encode(img, 3779);
      java.util.List<String> chunks = new java.util.ArrayList<>();
      for (int i = 8; i < png.length; ) {
        int len = java.nio.ByteBuffer.wrap(png, i, 4).getInt();
        chunks.add(new String(png, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
        i += 12 + len;
      }
      chunks.removeIf(c -> c.equals("IDAT"));
      assertEquals(chunks.contains("PLTE") ? java.util.List.of("IHDR", "PLTE", "tRNS", "pHYs",
          "IEND") : java.util.List.of("IHDR", "pHYs", "IEND"), chunks);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"oneColour", "gradient"})
  void smallestEffortIsLosslessDeterministicAndNoLarger(String which) throws Exception {
    BufferedImage img = which.equals("gradient") ? gradient() : oneColour();
    byte[] fast = PngEncoder.encode(img, 3779, PngEncoder.Effort.FAST);
    byte[] small = PngEncoder.encode(img, 3779, PngEncoder.Effort.SMALLEST);
    assertArrayEquals(small, PngEncoder.encode(img, 3779, PngEncoder.Effort.SMALLEST));
    org.junit.jupiter.api.Assertions.assertTrue(small.length <= fast.length,
        small.length + " > " + fast.length);
    BufferedImage back = TestFiles.decode(small);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) >>> 24) != 0) {
          assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
        }
      }
    }
    assertEquals("3779", phys(small).getAttribute("pixelsPerUnitXAxis"));
  }
}
