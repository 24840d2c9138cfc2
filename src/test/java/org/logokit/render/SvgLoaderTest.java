package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.logokit.screen.SvgException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.Loopback;
import org.logokit.TestFiles;
import org.logokit.kit.Limits;
import org.logokit.plan.IntrinsicSize;

class SvgLoaderTest {
  @TempDir Path dir;

  @Test
  void xmppMasterLoadsWithItsDoctypeAndPaints() throws Exception {
    SvgMaster m = load(Files.readAllBytes(TestFiles.ASSETS.resolve("xmpp_logo.svg")));
    assertEquals(new IntrinsicSize(200, 200), m.size());
    BufferedImage img = m.paint(64, 64);
    assertEquals(64, img.getWidth());
    int painted = 0;
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        painted += alpha(img, x, y) > 0 ? 1 : 0;
      }
    }
    assertTrue(painted > 64 * 64 / 5, "the mark covers a fifth of the image: " + painted);
    assertEquals(0, alpha(img, 0, 0), "the corner stays transparent");
  }

  @Test
  void viewBoxOnlyNonSquareMasterFillsItsOwnAspect() throws Exception {
    // Batik alone would lay this out in a 400x400 viewport and leave most of it empty.
    SvgMaster m = load(TestFiles.rectSvg("viewBox=\"0 0 300 100\"", "#ff0000"));
    assertEquals(new IntrinsicSize(300, 100), m.size());
    BufferedImage img = m.paint(96, 32);
    for (int[] p : new int[][] {{1, 1}, {94, 1}, {1, 30}, {94, 30}, {48, 16}}) {
      assertEquals(0xffff0000, img.getRGB(p[0], p[1]), "pixel " + p[0] + "," + p[1]);
    }
  }

  @Test
  void extendedWidthMasterCentresItsSquareViewBox() throws Exception {
    SvgMaster m = load(Files.readAllBytes(
        TestFiles.ASSETS.resolve("xmpp_logo_(extended_width).svg")));
    assertEquals(new IntrinsicSize(1200, 630), m.size());
    BufferedImage img = m.paint(600, 315);
    assertEquals(0, alpha(img, 100, 157), "left of the centred logo is empty");
    assertEquals(0, alpha(img, 500, 157), "right of the centred logo is empty");
    assertTrue(alpha(img, 300, 280) > 0, "the centred logo's text is there");
  }

  @Test
  void malformedXmlNamesTheLine() {
    SvgException e = assertThrows(SvgException.class,
        () -> load("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\">\n<rect>"));
    assertTrue(e.getMessage().startsWith("not well-formed XML (line 2"), e.getMessage());
  }

  @Test
  void emptyFileIsSaidToBeEmpty() {
    SvgException e = assertThrows(SvgException.class, () -> load(new byte[0]));
    assertEquals("the file is empty", e.getMessage());
  }

  @Test
  void nonSvgRootIsRejected() {
    SvgException e = assertThrows(SvgException.class, () -> load("<html><body/></html>"));
    assertTrue(e.getMessage().contains("not an SVG document"), e.getMessage());
  }

  @Test
  void binaryGarbageIsRejected() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), "png", png);
    SvgException e = assertThrows(SvgException.class, () -> load(png.toByteArray()));
    assertEquals("not an SVG document: this is a PNG image", e.getMessage());
  }

  @Test
  void masterWithoutUsableSizeIsRejected() {
    SvgException e = assertThrows(SvgException.class,
        () -> load("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/>"
            + "</svg>"));
    assertTrue(e.getMessage().startsWith("no usable size"), e.getMessage());
  }

  @Test
  void localFileImagesAreNotLoaded() throws Exception {
    Path secret = dir.resolve("secret.png");
    BufferedImage red = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
    red.getGraphics().fillRect(0, 0, 10, 10);
    ImageIO.write(red, "png", secret.toFile());
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
        + "<image width=\"10\" height=\"10\" xlink:href=\"" + secret.toUri() + "\"/></svg>";
    Path master = TestFiles.write(dir.resolve("m.svg"), svg);
    SvgException e = assertThrows(SvgException.class,
        () -> SvgLoader.load(Files.readAllBytes(master), master.toUri().toString(),
            Limits.DEFAULT));
    assertTrue(e.getMessage().contains("secret.png"), e.getMessage());
  }

  @Test
  void noRequestReachesTheNetwork() throws Exception {
    try (Loopback listener = new Loopback()) {
      String svg = "<!DOCTYPE svg SYSTEM \"" + listener.url("dtd") + "\">"
          + "<svg xmlns=\"http://www.w3.org/2000/svg\" "
          + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
          + "<image width=\"10\" height=\"10\" xlink:href=\"" + listener.url("img.png")
          + "\"/></svg>";
      assertThrows(SvgException.class, () -> load(svg));
      assertEquals(0, listener.connections(), "a request reached the loopback listener");
    }
  }

  @Test
  void batikErrorsDoNotRepeatTheFileName() {
    SvgException e = assertThrows(SvgException.class, () -> load("<svg xmlns=\"http://www.w3.org/"
        + "2000/svg\" width=\"9\" height=\"9\"><use/></svg>"));
    assertEquals("The attribute \"xlink:href\" of the element <use> is required", e.getMessage());
  }

  private static int alpha(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) >>> 24;
  }

  private static SvgMaster load(String svg) throws SvgException {
    return load(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static SvgMaster load(byte[] svg) throws SvgException {
    return SvgLoader.load(svg, "file:/nowhere/test.svg", Limits.DEFAULT);
  }
}
