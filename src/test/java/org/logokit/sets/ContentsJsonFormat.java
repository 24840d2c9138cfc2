package org.logokit.sets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An {@code AppIcon.appiconset} checked against Apple's Asset Catalog Format Reference ("App
 * Icon Type", "Contents.json"), as current Xcode reads it for iOS: the problems found, none for
 * a good catalog. What it holds to:
 *
 * <ul>
 *   <li>the top level is {@code images} and {@code info}; {@code info} has {@code author} (a
 *       string) and {@code version} 1;
 *   <li>each image has only {@code appearances}, {@code filename}, {@code idiom},
 *       {@code platform}, {@code scale} and {@code size}; {@code idiom} is {@code universal}
 *       with {@code platform: ios} (Xcode 14+), {@code size} is one of the slots of Xcode's
 *       "Single Size" or "All Sizes" for iOS, with its scale ({@code 1024x1024} has none);
 *   <li>{@code appearances} is absent or one {@code {appearance: luminosity, value: dark or
 *       tinted}} (Xcode 16);
 *   <li>no slot twice; every {@code filename} a PNG in the folder of points x scale pixels,
 *       square, RGB without an alpha channel and not indexed for the "any" appearance (the App
 *       Store's rule), and every file in the folder is {@code Contents.json} or named by an
 *       image.
 * </ul>
 */
final class ContentsJsonFormat {
  /** iOS "All Sizes" of Xcode 14+: size and its scales. */
  static final List<String> SLOTS = List.of("20x20 2x", "20x20 3x", "29x29 2x", "29x29 3x",
      "38x38 2x", "38x38 3x", "40x40 2x", "40x40 3x", "60x60 2x", "60x60 3x", "64x64 2x",
      "64x64 3x", "68x68 2x", "76x76 2x", "83.5x83.5 2x", "1024x1024 -");

  private ContentsJsonFormat() {}

  static List<String> problems(Path folder) throws Exception {
    List<String> problems = new ArrayList<>();
    JsonNode root = new ObjectMapper().readTree(folder.resolve("Contents.json").toFile());
    Set<String> top = names(root);
    if (!top.equals(Set.of("images", "info"))) {
      problems.add("top-level keys " + top);
    }
    JsonNode info = root.path("info");
    if (!info.path("author").isTextual() || info.path("version").asInt() != 1
        || !names(info).equals(Set.of("author", "version"))) {
      problems.add("info " + info);
    }
    Set<String> slots = new HashSet<>();
    Set<String> named = new TreeSet<>(List.of("Contents.json"));
    for (JsonNode image : root.path("images")) {
      Set<String> keys = names(image);
      keys.removeAll(Set.of("appearances", "filename", "idiom", "platform", "scale", "size"));
      if (!keys.isEmpty()) {
        problems.add("unknown keys " + keys + " in " + image);
      }
      if (!"universal".equals(image.path("idiom").asText())
          || !"ios".equals(image.path("platform").asText())) {
        problems.add("not universal for ios: " + image);
      }
      String size = image.path("size").asText();
      String scale = image.has("scale") ? image.get("scale").asText() : "-";
      if (!SLOTS.contains(size + " " + scale)) {
        problems.add("no such slot: " + size + " " + scale);
      }
      String look = "any";
      if (image.has("appearances")) {
        JsonNode a = image.get("appearances");
        if (a.size() != 1 || !"luminosity".equals(a.get(0).path("appearance").asText())
            || !Set.of("dark", "tinted").contains(a.get(0).path("value").asText())
            || !names(a.get(0)).equals(Set.of("appearance", "value"))) {
          problems.add("appearances " + a);
        } else {
          look = a.get(0).get("value").asText();
        }
      }
      if (!slots.add(size + " " + scale + " " + look)) {
        problems.add("slot twice: " + size + " " + scale + " " + look);
      }
      String file = image.path("filename").asText();
      Path png = folder.resolve(file);
      if (file.isEmpty() || file.contains("/") || !Files.isRegularFile(png)) {
        problems.add("missing file " + file);
        continue;
      }
      named.add(file);
      double points = Double.parseDouble(size.split("x")[0]);
      int px = (int) Math.round(points * (scale.equals("-") ? 1 : scale.charAt(0) - '0'));
      BufferedImage img = Pixels.read(png);
      if (img.getWidth() != px || img.getHeight() != px) {
        problems.add(file + " is " + img.getWidth() + "x" + img.getHeight() + ", not " + px);
      }
      if (look.equals("any") && (!Pixels.noAlphaChannel(img) || Pixels.colourType(png) != 2)) {
        problems.add(file + ": not RGB without alpha (colour type " + Pixels.colourType(png)
            + ")");
      }
    }
    try (Stream<Path> s = Files.list(folder)) {
      Set<String> present = new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
      present.removeAll(named);
      if (!present.isEmpty()) {
        problems.add("files no image names: " + present);
      }
    }
    return problems;
  }

  private static Set<String> names(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
