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
  void maskableIconFillsTheCentreCircleOf40PercentRadiusByWhatTheMasterDraws()
      throws Exception {
    for (String set : List.of(SQUARE, LOGO, "mastodon/mastodon-web/", "wide/wide-web/",
        "github/github-web/")) {
      BufferedImage icon = Pixels.read(file(set + "icon-maskable-512.png"));
      assertEquals(512, icon.getWidth());
      assertEquals(512, icon.getHeight());
      assertTrue(Pixels.noAlphaChannel(icon) || Pixels.opaque(icon), set + ": full bleed");
      assertNull(Pixels.firstOtherThan(icon, WHITE,
          (x, y) -> Pixels.outsideCircle(icon, x, y, 0.4 * 512)),
          set + ": nothing but the background outside the safe zone");
      double reach = Pixels.reach(icon, WHITE) / 512;
      assertTrue(reach > 0.395 && reach <= 0.4 + 1.5 / 512, set + ": the drawing reaches the 40% circle, "
          + "not its box: " + reach);
    }
    BufferedImage square = Pixels.read(file(SQUARE + "icon-maskable-512.png"));
    assertEquals(0xffff0000, square.getRGB(256, 256));
    assertEquals(0xffff0000, square.getRGB(256 - 142, 256), "the square's corners at 40%");
  }

  @Test
  void webmanifestHasWhatChromiumInstallsAndTheIconsWithSizesTypesAndPurpose()
      throws Exception {
    JsonNode m = new ObjectMapper().readTree(file(SQUARE + "manifest.webmanifest").toFile());
    assertEquals(List.of("id", "name", "short_name", "start_url", "display", "theme_color",
        "background_color", "icons"), fieldNames(m));
    assertEquals("Square \"<&>\" Co", m.get("name").textValue(), "the title, escaped by Jackson");
    assertEquals("Square", m.get("short_name").textValue(), "the name is over 12 characters");
    assertEquals("/", m.get("start_url").textValue());
    assertEquals("/", m.get("id").textValue());
    assertEquals("standalone", m.get("display").textValue());
    assertEquals("#ffffff", m.get("theme_color").textValue());
    assertEquals("#ffffff", m.get("background_color").textValue());
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
    JsonNode logo = new ObjectMapper().readTree(file(LOGO + "manifest.webmanifest").toFile());
    assertEquals("XMPP", logo.get("name").textValue(), "the set's name");
    assertEquals("XMPP", logo.get("short_name").textValue());
    assertEquals("/project/", logo.get("start_url").textValue(), "the base");
    assertEquals("#1a5e9b", logo.get("theme_color").textValue());
  }

  @Test
  void headHtmlHasTheTagsToPasteEachLinkNamingAFileOfTheSetUnderItsBase() throws Exception {
    for (String[] set : new String[][] {{SQUARE, "/", "#ffffff"},
        {LOGO, "/project/", "#1a5e9b"}}) {
      String head = Files.readString(file(set[0] + "head.html"));
      assertTrue(head.endsWith("\n") && !head.contains("\r"));
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(head);
      List<String> rels = new ArrayList<>();
      for (org.jsoup.nodes.Element link : doc.select("link")) {
        rels.add(link.attr("rel"));
        String href = link.attr("href");
        assertTrue(href.startsWith(set[1]), href);
        assertTrue(Files.isRegularFile(file(set[0] + href.substring(set[1].length()))), href);
      }
      assertEquals(List.of("icon", "icon", "apple-touch-icon", "manifest"), rels);
      assertEquals(set[2], doc.selectFirst("meta[name=theme-color]").attr("content"));
      assertEquals(5, head.lines().count(), "one tag a line");
      assertTrue(head.contains("href=\"" + set[1] + "icon.svg\" type=\"image/svg+xml\""));
      assertTrue(head.contains("href=\"" + set[1] + "favicon.ico\" sizes=\"32x32\""));
    }
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
