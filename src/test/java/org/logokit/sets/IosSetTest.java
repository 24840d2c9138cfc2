package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/** The ios set's asset catalog against Xcode's format and the App Store's icon rules. */
class IosSetTest {
  static final String SINGLE = "square/square-ios/AppIcon.appiconset/";
  static final String ALL = "logo/logo-ios/AppIcon.appiconset/";
  static final String WIDE = "wide/wide-ios/AppIcon.appiconset/";

  @TempDir Path dir;

  @Test
  void everyCatalogOfTheKitPassesTheFormat() throws Exception {
    for (String set : List.of(SINGLE, ALL, WIDE, "mastodon/mastodon-ios/AppIcon.appiconset/",
        "github/github-ios/AppIcon.appiconset/")) {
      assertEquals(List.of(), ContentsJsonFormat.problems(IconSetKit.get().file(set)), set);
    }
  }

  @Test
  void theFormatCheckFindsWhatXcodeWouldRefuse() throws Exception {
    Path copy = TestFiles.copyTree(IconSetKit.get().file(ALL), dir.resolve("a"));
    String json = Files.readString(copy.resolve("Contents.json"));
    Files.writeString(copy.resolve("Contents.json"), json.replaceFirst("\"universal\"",
        "\"ipad\"").replaceFirst("\"38x38\"", "\"39x39\""));
    Files.writeString(copy.resolve("stray.png"), "x");
    List<String> problems = ContentsJsonFormat.problems(copy);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("not universal")), problems.toString());
    assertTrue(problems.contains("no such slot: 39x39 2x"), problems.toString());
    assertTrue(problems.contains("files no image names: [stray.png]"), problems.toString());
  }

  @Test
  void singleSizeIs1024OpaqueRgbAndContentsJsonNamesItAlone() throws Exception {
    BufferedImage icon = Pixels.read(IconSetKit.get().file(SINGLE + "AppIcon-1024.png"));
    assertEquals(1024, icon.getWidth());
    assertTrue(Pixels.noAlphaChannel(icon), "App Store icons have no alpha channel");
    assertEquals(2, Pixels.colourType(IconSetKit.get().file(SINGLE + "AppIcon-1024.png")),
        "RGB, not indexed, though the red square has two colours");
    assertNull(Pixels.firstOtherThan(icon, 0xffffffff, (x, y) -> x < 102 || y < 102
        || x >= 922 || y >= 922), "10% padding on the white background");
    JsonNode c = new ObjectMapper().readTree(IconSetKit.get().file(SINGLE + "Contents.json")
        .toFile());
    assertEquals(1, c.get("images").size());
    JsonNode image = c.get("images").get(0);
    assertEquals("AppIcon-1024.png", image.get("filename").textValue());
    assertEquals("1024x1024", image.get("size").textValue());
    assertFalse(image.has("scale"), "Xcode's single size has no scale");
  }

  @Test
  void allSizesHasCurrentXcodesSlotsEachInThreeAppearances() throws Exception {
    JsonNode c = new ObjectMapper().readTree(IconSetKit.get().file(ALL + "Contents.json")
        .toFile());
    Set<String> slots = new TreeSet<>();
    for (JsonNode image : c.get("images")) {
      slots.add(image.get("size").textValue() + " " + image.path("scale").asText("-"));
    }
    assertEquals(new TreeSet<>(ContentsJsonFormat.SLOTS), slots, "Xcode 14+'s All Sizes");
    assertEquals(16 * 3, c.get("images").size(), "any, dark and tinted for each");
    assertTrue(slots.containsAll(List.of("38x38 3x", "64x64 2x", "68x68 2x")));
    assertFalse(slots.stream().anyMatch(s -> s.endsWith(" 1x")), "no iPad 1x slot");
    BufferedImage any = Pixels.read(IconSetKit.get().file(ALL + "AppIcon-60@3x.png"));
    assertEquals(0xff003366, any.getRGB(0, 0), "the set's background, no padding");
  }

  @Test
  void darkIsTheMastersDarkSchemeOnTransparencyAndTintedIsGreyOnBlack() throws Exception {
    BufferedImage dark = Pixels.read(IconSetKit.get().file(ALL + "AppIcon-1024-dark.png"));
    BufferedImage light = Pixels.read(IconSetKit.get().file(ALL + "AppIcon-1024.png"));
    assertEquals(0, dark.getRGB(0, 0) >>> 24, "the system draws the dark background");
    // The XMPP logo's text is black in its light scheme and white in its dark one.
    int[] text = darkestOpaque(light);
    assertEquals(0xffffffff, dark.getRGB(text[0], text[1]) | 0xff000000,
        "the dark scheme's white text at " + text[0] + "," + text[1]);
    BufferedImage tinted = Pixels.read(IconSetKit.get().file(ALL + "AppIcon-1024-tinted.png"));
    assertTrue(Pixels.noAlphaChannel(tinted));
    assertEquals(0xff000000, tinted.getRGB(0, 0));
    int max = 0;
    for (int y = 0; y < 1024; y += 4) {
      for (int x = 0; x < 1024; x += 4) {
        int p = tinted.getRGB(x, y);
        int r = (p >> 16) & 255;
        assertEquals(r, p & 255, "grey");
        assertEquals(r, (p >> 8) & 255, "grey");
        max = Math.max(max, r);
      }
    }
    assertEquals(255, max, "its lightest grey is white");
  }

  /** A pixel where the light render is near black: the logo's text. */
  private static int[] darkestOpaque(BufferedImage img) {
    for (int y = img.getHeight() - 1; y >= 0; y--) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        if ((p & 0xffffff) == 0 && p >>> 24 == 255) {
          return new int[] {x, y};
        }
      }
    }
    throw new AssertionError("no black pixel");
  }
}
