package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ios set's asset catalog against Xcode's format and the App Store's icon rules. */
class IosSetTest {
  static final String SINGLE = "square/square-ios/AppIcon.appiconset/";
  static final String LEGACY = "logo/logo-ios/AppIcon.appiconset/";

  @Test
  void singleSizeIs1024OpaqueWithoutAlphaAndContentsJsonNamesIt() throws Exception {
    BufferedImage icon = Pixels.read(IconSetKit.get().file(SINGLE + "AppIcon-1024.png"));
    assertEquals(1024, icon.getWidth());
    assertEquals(1024, icon.getHeight());
    assertTrue(Pixels.noAlphaChannel(icon), "App Store icons have no alpha channel");
    assertNull(Pixels.firstOtherThan(icon, 0xffffffff, (x, y) -> x < 102 || y < 102
        || x >= 922 || y >= 922), "10% padding on the white background");

    JsonNode c = new ObjectMapper().readTree(IconSetKit.get().file(SINGLE + "Contents.json")
        .toFile());
    assertEquals(1, c.get("images").size());
    JsonNode image = c.get("images").get(0);
    assertEquals("AppIcon-1024.png", image.get("filename").textValue());
    assertEquals("universal", image.get("idiom").textValue());
    assertEquals("ios", image.get("platform").textValue());
    assertEquals("1024x1024", image.get("size").textValue());
    assertEquals("logokit", c.get("info").get("author").textValue());
    assertEquals(1, c.get("info").get("version").intValue());
    assertEquals(Set.of("AppIcon-1024.png", "Contents.json"), files(SINGLE));
  }

  @Test
  void legacyCatalogHasEverySlotAtPointsTimesScaleOpaqueOnItsBackground() throws Exception {
    JsonNode c = new ObjectMapper().readTree(IconSetKit.get().file(LEGACY + "Contents.json")
        .toFile());
    Set<String> named = new TreeSet<>();
    Set<String> slots = new TreeSet<>();
    for (JsonNode image : c.get("images")) {
      String file = image.get("filename").textValue();
      double points = Double.parseDouble(image.get("size").textValue().split("x")[0]);
      int scale = Integer.parseInt(image.get("scale").textValue().replace("x", ""));
      BufferedImage png = Pixels.read(IconSetKit.get().file(LEGACY + file));
      assertEquals(Math.round(points * scale), png.getWidth(), file);
      assertEquals(png.getWidth(), png.getHeight(), file);
      assertTrue(Pixels.noAlphaChannel(png), file + ": no alpha channel");
      assertEquals(0xff003366, png.getRGB(0, 0), file + ": the set's background, no padding");
      named.add(file);
      slots.add(image.get("idiom").textValue() + " " + image.get("size").textValue() + " "
          + image.get("scale").textValue());
    }
    assertEquals(18, slots.size(), "iPhone 8, iPad 9, App Store 1");
    assertTrue(slots.contains("ipad 83.5x83.5 2x") && slots.contains("iphone 60x60 3x")
        && slots.contains("ios-marketing 1024x1024 1x"), slots.toString());
    named.add("Contents.json");
    assertEquals(named, files(LEGACY), "every file is named in Contents.json, and no other");
  }

  private static Set<String> files(String folder) throws Exception {
    try (Stream<Path> s = Files.list(IconSetKit.get().file(folder))) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }
}
