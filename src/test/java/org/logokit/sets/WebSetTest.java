package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.logokit.TestFiles;
import org.logokit.format.ImageFiles;

/** The web set's files against what browsers and the W3C ask of them. */
class WebSetTest {
  static final String SQUARE = "square/square-web/";
  static final String LOGO = "logo/logo-web/";
  static final int WHITE = 0xffffffff;

  private static Path file(String rel) {
    return IconSetKit.get().file(rel);
  }

  @Test
  void faviconIcoHas16And32And48PxEntries() throws Exception {
    for (String set : List.of(SQUARE, LOGO)) {
      byte[] ico = Files.readAllBytes(file(set + "favicon.ico"));
      assertEquals(List.of("16x16", "32x32", "48x48"), ImageFiles.entrySizes(ico));
    }
    byte[] ico = Files.readAllBytes(file(SQUARE + "favicon.ico"));
    for (BufferedImage entry : ImageFiles.decodeAll(ico)) {
      assertNull(Pixels.firstOtherThan(entry, 0xffff0000, (x, y) -> true),
          "each entry is the master filling it, colours not swapped");
    }
  }

  @Test
  void iconSvgIsTheMasterWithItsDarkSchemeMediaQuery() throws Exception {
    byte[] master = Files.readAllBytes(TestFiles.ASSETS.resolve("xmpp_logo.svg"));
    byte[] copy = Files.readAllBytes(file(LOGO + "icon.svg"));
    assertArrayEquals(master, copy);
    assertTrue(new String(copy, StandardCharsets.UTF_8).contains("prefers-color-scheme: dark"),
        "browsers that honour it switch the favicon in a dark theme");
  }

  @Test
  void appleTouchIconIs180OpaqueWithoutAlphaOnItsBackgroundWithPadding() throws Exception {
    for (String set : List.of(SQUARE, LOGO)) {
      BufferedImage icon = Pixels.read(file(set + "apple-touch-icon.png"));
      assertEquals(180, icon.getWidth());
      assertEquals(180, icon.getHeight());
      assertTrue(Pixels.noAlphaChannel(icon), set + ": no alpha channel");
      // 10% padding: 18 px of background on every side, the mark inside.
      assertNull(Pixels.firstOtherThan(icon, WHITE, (x, y) -> x < 18 || y < 18 || x >= 162
          || y >= 162), set + ": the padding is the background");
    }
    BufferedImage square = Pixels.read(file(SQUARE + "apple-touch-icon.png"));
    assertNull(Pixels.firstOtherThan(square, 0xffff0000, (x, y) -> x >= 19 && y >= 19
        && x < 161 && y < 161), "the master fills the inside");
  }

  @Test
  void manifestIconsAre192And512OnTransparency() throws Exception {
    for (int side : new int[] {192, 512}) {
      BufferedImage icon = Pixels.read(file(LOGO + "icon-" + side + ".png"));
      assertEquals(side, icon.getWidth());
      assertEquals(side, icon.getHeight());
      assertEquals(0, icon.getRGB(0, 0) >>> 24, "the XMPP logo's corner stays transparent");
    }
    assertNull(Pixels.firstOtherThan(Pixels.read(file(SQUARE + "icon-512.png")), 0xffff0000,
        (x, y) -> true), "no padding: the master fills it");
  }

  @Test
  void maskableIconKeepsItsContentInsideTheCentreCircleOf40PercentRadius() throws Exception {
    for (String set : List.of(SQUARE, LOGO)) {
      BufferedImage icon = Pixels.read(file(set + "icon-maskable-512.png"));
      assertEquals(512, icon.getWidth());
      assertEquals(512, icon.getHeight());
      assertTrue(Pixels.noAlphaChannel(icon) || Pixels.opaque(icon), set + ": full bleed");
      assertNull(Pixels.firstOtherThan(icon, WHITE,
          (x, y) -> Pixels.outsideCircle(icon, x, y, 0.4 * 512)),
          set + ": nothing but the background outside the safe zone");
    }
    BufferedImage square = Pixels.read(file(SQUARE + "icon-maskable-512.png"));
    assertEquals(0xffff0000, square.getRGB(256, 256));
    assertEquals(0xffff0000, square.getRGB(256 - 140, 256), "the content is not needlessly small");
  }

  @Test
  void webmanifestListsItsIconsWithSizesTypesAndTheMaskablePurpose() throws Exception {
    JsonNode m = new ObjectMapper().readTree(file(SQUARE + "manifest.webmanifest").toFile());
    assertEquals(List.of("name", "short_name", "icons"), fieldNames(m));
    assertEquals("Square \"<&>\" Co", m.get("name").textValue(), "the title, escaped by Jackson");
    JsonNode icons = m.get("icons");
    assertEquals(3, icons.size());
    for (JsonNode icon : icons) {
      BufferedImage png = Pixels.read(file(SQUARE + icon.get("src").textValue()));
      assertEquals(png.getWidth() + "x" + png.getHeight(), icon.get("sizes").textValue());
      assertEquals("image/png", icon.get("type").textValue());
    }
    assertEquals("icon-maskable-512.png", icons.get(2).get("src").textValue());
    assertEquals("maskable", icons.get(2).get("purpose").textValue());
    assertFalse(icons.get(0).has("purpose"), "'any' is the default purpose");
    assertEquals("logo", new ObjectMapper().readTree(file(LOGO + "manifest.webmanifest")
        .toFile()).get("name").textValue(), "without a title, the master's name");
  }

  @Test
  void headHtmlHasTheLinkTagsToPasteEachNamingAFileOfTheSet() throws Exception {
    String head = Files.readString(file(SQUARE + "head.html"));
    assertTrue(head.endsWith("\n") && !head.contains("\r"));
    Matcher m = Pattern.compile("<link rel=\"([a-z-]+)\" href=\"/([^\"]+)\"[^>]*>\n").matcher(head);
    List<String> rels = new ArrayList<>();
    int end = 0;
    while (m.find()) {
      assertEquals(end, m.start(), "one tag a line, nothing else");
      end = m.end();
      rels.add(m.group(1));
      assertTrue(Files.isRegularFile(file(SQUARE + m.group(2))), m.group(2));
    }
    assertEquals(head.length(), end);
    assertEquals(List.of("icon", "icon", "apple-touch-icon", "manifest"), rels);
    assertTrue(head.contains("href=\"/icon.svg\" type=\"image/svg+xml\""));
    assertTrue(head.contains("href=\"/favicon.ico\" sizes=\"32x32\""));
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
