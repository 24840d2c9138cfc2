package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The android set's files against Android's launcher icon rules, on real masters' shapes. */
class AndroidSetTest {
  static final String SET = "square/square-android/";
  static final String ANDROID = "http://schemas.android.com/apk/res/android";

  /** Every android set of the kit: the full-bleed square and the real masters. */
  static List<String> sets() {
    return List.of("square/square-android/", "mastodon/mastodon-android/",
        "wide/wide-android/", "github/github-android/");
  }

  /** Density, legacy icon px (48 dp), adaptive layer px (108 dp), safe circle px (66 dp). */
  @ParameterizedTest
  @CsvSource({"mdpi,48,108,66", "hdpi,72,162,99", "xhdpi,96,216,132", "xxhdpi,144,324,198",
      "xxxhdpi,192,432,264"})
  void eachDensityHasItsIconsAndLayersWithTheDrawingInsideTheSafeCircle(String density,
      int launcher, int layer, int safe) throws Exception {
    for (String set : sets()) {
      String folder = set + "res/mipmap-" + density + "/";
      BufferedImage legacy = Pixels.read(file(folder + "ic_logo.png"));
      assertEquals(launcher, legacy.getWidth());
      assertEquals(launcher, legacy.getHeight());

      BufferedImage round = Pixels.read(file(folder + "ic_logo_round.png"));
      assertEquals(launcher, round.getWidth());
      assertEquals(0, round.getRGB(0, 0) >>> 24, set + ": clear outside the circle");
      assertNull(Pixels.firstOtherThan(round, 0, (x, y) -> Pixels.outsideCircle(round, x, y,
          launcher / 2.0)), set + ": the round icon is a circle");

      BufferedImage background = Pixels.read(file(folder + "ic_logo_background.png"));
      assertEquals(layer, background.getWidth());
      assertEquals(layer, background.getHeight());
      assertNull(Pixels.firstOtherThan(background, 0xffffffff, (x, y) -> true),
          "the background layer is the set's opaque background");

      BufferedImage fg = Pixels.read(file(folder + "ic_logo_foreground.png"));
      assertEquals(layer, fg.getWidth());
      assertEquals(layer, fg.getHeight());
      // The safe zone is a circle of 66 dp: a mask may cut anything outside it.
      assertNull(Pixels.firstOtherThan(fg, 0, (x, y) -> Pixels.outsideCircle(fg, x, y,
          safe / 2.0)), set + " " + density + ": nothing outside the 33 dp circle");
      double reach = Pixels.reach(fg, 0);
      // Reach counts a pixel's far corner: an edge pixel inside the circle may poke past it.
      assertTrue(reach > safe / 2.0 - 3 && reach <= safe / 2.0 + 1.5, set + " " + density
          + ": the drawing reaches the circle, " + reach + " px of " + safe / 2.0);

      BufferedImage mono = Pixels.read(file(folder + "ic_logo_monochrome.png"));
      assertEquals(layer, mono.getWidth());
      for (int y = 0; y < layer; y++) {
        for (int x = 0; x < layer; x++) {
          int m = mono.getRGB(x, y);
          assertEquals(fg.getRGB(x, y) >>> 24, m >>> 24, set + ": the foreground's shape");
          assertTrue(m >>> 24 == 0 || (m & 0xffffff) == 0xffffff, set + ": one colour");
        }
      }
    }
  }

  @Test
  void realMastersOfEveryShapeFillTheCircleAndTheSquareStopsAtIt() throws Exception {
    // The full-bleed square touches the circle with its corners: its side is 66 / sqrt 2 dp.
    BufferedImage sq = Pixels.read(file(SET + "res/mipmap-xxxhdpi/ic_logo_foreground.png"));
    double side = 264 / Math.sqrt(2);
    assertEquals(0xffff0000, sq.getRGB(216, 216));
    assertEquals(0xffff0000, sq.getRGB((int) Math.ceil(216 - side / 2 + 2), 216));
    assertEquals(0, sq.getRGB((int) Math.floor(216 - side / 2 - 2), 216) >>> 24);
  }

  @Test
  void playStoreIconIs512OpaqueIn32BitRgbaBesideRes() throws Exception {
    for (String set : sets()) {
      BufferedImage play = Pixels.read(file(set + "ic_logo-playstore.png"));
      assertEquals(512, play.getWidth());
      assertEquals(512, play.getHeight());
      assertTrue(Pixels.opaque(play), set + ": full square, no transparency");
      // Google Play's specification asks for a 32-bit PNG: RGBA, not RGB nor a palette, even
      // for the red square's two colours.
      assertEquals(6, Pixels.colourType(file(set + "ic_logo-playstore.png")), set
          + ": truecolour with alpha");
      // What the launcher shows (the centre 72 dp) at 512 px: the drawing in its 33 dp circle.
      double r = 512 * 33 / 72.0;
      assertNull(Pixels.firstOtherThan(play, 0xffffffff, (x, y) -> Pixels.outsideCircle(play,
          x, y, r)), set + ": the background outside the safe circle");
    }
  }

  @Test
  void bothAnydpiXmlsAreAdaptiveIconsOfTheThreeLayers() throws Exception {
    for (String name : List.of("ic_logo", "ic_logo_round")) {
      byte[] xml = Files.readAllBytes(file(SET + "res/mipmap-anydpi-v26/" + name + ".xml"));
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
      Element root = doc.getDocumentElement();
      assertEquals("adaptive-icon", root.getLocalName());
      for (String layer : List.of("background", "foreground", "monochrome")) {
        Element e = (Element) root.getElementsByTagName(layer).item(0);
        assertEquals("@mipmap/ic_logo_" + layer, e.getAttributeNS(ANDROID, "drawable"));
        assertTrue(Files.isRegularFile(file(SET + "res/mipmap-mdpi/ic_logo_" + layer
            + ".png")), layer);
      }
      String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(text.endsWith(">\n") && !text.contains("\r"));
    }
  }

  /** Regression: ic_launcher.png beside the template's ic_launcher.webp broke the build. */
  @Test
  void noFileIsNamedAsTheTemplatesLauncherIcon() throws Exception {
    try (var files = Files.walk(file(SET))) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("ic_launcher")));
    }
  }

  private static Path file(String rel) {
    return IconSetKit.get().file(rel);
  }
}
