package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The android set's files against Android's launcher icon rules. */
class AndroidSetTest {
  static final String SET = "square/square-android/";
  static final String ANDROID = "http://schemas.android.com/apk/res/android";

  /** Density, legacy icon px (48 dp), adaptive layer px (108 dp), safe zone px (66 dp). */
  @ParameterizedTest
  @CsvSource({"mdpi,48,108,66", "hdpi,72,162,99", "xhdpi,96,216,132", "xxhdpi,144,324,198",
      "xxxhdpi,192,432,264"})
  void eachDensityHasItsLauncherIconAndBothAdaptiveLayers(String density, int launcher,
      int layer, int safe) throws Exception {
    String folder = SET + "mipmap-" + density + "/";
    BufferedImage legacy = Pixels.read(IconSetKit.get().file(folder + "ic_launcher.png"));
    assertEquals(launcher, legacy.getWidth());
    assertEquals(launcher, legacy.getHeight());

    BufferedImage background = Pixels.read(IconSetKit.get().file(folder
        + "ic_launcher_background.png"));
    assertEquals(layer, background.getWidth());
    assertEquals(layer, background.getHeight());
    assertNull(Pixels.firstOtherThan(background, 0xffffffff, (x, y) -> true),
        "the background layer is the set's opaque background");

    BufferedImage foreground = Pixels.read(IconSetKit.get().file(folder
        + "ic_launcher_foreground.png"));
    assertEquals(layer, foreground.getWidth());
    assertEquals(layer, foreground.getHeight());
    // The safe zone, widened to whole pixels (hdpi's edge is at 31.5 px).
    double lo = (layer - safe) / 2.0;
    int from = (int) Math.floor(lo);
    int to = (int) Math.ceil(lo + safe);
    assertNull(Pixels.firstOtherThan(foreground, 0, (x, y) -> x < from || y < from || x >= to
        || y >= to), "nothing outside the centre 66 dp");
    int in = (int) Math.ceil(lo);
    int out = (int) Math.floor(lo + safe);
    assertNull(Pixels.firstOtherThan(foreground, 0xffff0000, (x, y) -> x >= in && y >= in
        && x < out && y < out), "the full-bleed master fills the whole safe zone");
  }

  @Test
  void anydpiXmlIsAnAdaptiveIconOfTheTwoLayers() throws Exception {
    byte[] xml = Files.readAllBytes(IconSetKit.get().file(SET
        + "mipmap-anydpi-v26/ic_launcher.xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    Element root = doc.getDocumentElement();
    assertEquals("adaptive-icon", root.getLocalName());
    Element bg = (Element) root.getElementsByTagName("background").item(0);
    Element fg = (Element) root.getElementsByTagName("foreground").item(0);
    assertEquals("@mipmap/ic_launcher_background", bg.getAttributeNS(ANDROID, "drawable"));
    assertEquals("@mipmap/ic_launcher_foreground", fg.getAttributeNS(ANDROID, "drawable"));
    String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.endsWith(">\n") && !text.contains("\r"));
  }
}
