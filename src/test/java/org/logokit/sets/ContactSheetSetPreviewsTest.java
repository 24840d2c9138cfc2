package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.report.ContactSheet;
import org.logokit.write.OutputFolder;

/**
 * Issue 19, item 5: the contact sheet of a kit with web, android and ios sets shows each set as
 * its platform does. Each web set: its favicon in a tab at 16 px and its maskable icon under a
 * circle, a squircle and a rounded square; each android set: its adaptive icon's two layers, at
 * 108 of the mask's 72, under the same masks; each ios set: its 1024 px icon with iOS's corner,
 * and on dark its dark and tinted appearances where the set has them. All on a light and a dark
 * backdrop, from the set's own files by relative path, with no script and no file of its own;
 * the kit's title in the tab escaped.
 */
class ContactSheetSetPreviewsTest {
  static final List<String> MASKS = List.of("mask-circle", "mask-squircle", "mask-rounded");

  static Document sheet() throws Exception {
    return Jsoup.parse(IconSetKit.get().file("index.html").toFile());
  }

  static String src(Element img) {
    return URLDecoder.decode(img.attr("src"), StandardCharsets.UTF_8);
  }

  static Element figure(Document html, String platform, String folder) {
    Element f = html.selectFirst("figure.set-" + platform + "[data-set=\"" + folder + "\"]");
    assertNotNull(f, platform + " preview of " + folder);
    return f;
  }

  /** The figure's light and dark stages, in that order. */
  static List<Element> stages(Element figure) {
    List<Element> stages = figure.select("div.stage");
    assertEquals(List.of("stage light", "stage dark"), stages.stream()
        .map(Element::className).toList(), figure.attr("data-set"));
    return stages;
  }

  /** The masks a stage's icons are under, in order. */
  static List<String> masks(Element stage) {
    return stage.select(".masked").stream().map(m -> m.classNames().stream()
        .filter(c -> c.startsWith("mask-")).findFirst().orElse("none")).toList();
  }

  @Test
  void eachWebSetShowsItsFaviconInATabAndItsMaskableIconUnderThreeMasks() throws Exception {
    Document html = sheet();
    for (String folder : List.of("square/square-web/", "logo/logo-web/", "mastodon/mastodon-web/",
        "wide/wide-web/", "github/github-web/")) {
      for (Element stage : stages(figure(html, "web", folder))) {
        Element favicon = stage.selectFirst(".tab img");
        assertEquals(folder + "favicon.ico", src(favicon));
        assertEquals(List.of("16", "16"), List.of(favicon.attr("width"),
            favicon.attr("height")), "tab-sized");
        assertEquals(MASKS, masks(stage), folder);
        for (Element masked : stage.select(".masked")) {
          assertEquals(List.of(folder + "icon-maskable-512.png"), masked.select("img").stream()
              .map(ContactSheetSetPreviewsTest::src).toList(), folder);
        }
      }
    }
  }

  @Test
  void eachAndroidSetShowsItsAdaptiveLayersUnderThreeMasks() throws Exception {
    Document html = sheet();
    for (String name : List.of("square", "mastodon", "wide", "github")) {
      String folder = name + "/" + name + "-android/";
      String layers = folder + "res/mipmap-xxxhdpi/ic_logo_";
      for (Element stage : stages(figure(html, "android", folder))) {
        assertEquals(MASKS, masks(stage), folder);
        for (Element masked : stage.select(".masked")) {
          assertTrue(masked.hasClass("adaptive"), folder);
          assertEquals(List.of(layers + "background.png", layers + "foreground.png"),
              masked.select("img").stream().map(ContactSheetSetPreviewsTest::src).toList(),
              "background under foreground");
          for (Element img : masked.select("img")) {
            assertEquals("108", img.attr("width"), "108 dp of layer for the mask's 72");
          }
        }
      }
    }
  }

  @Test
  void eachIosSetShowsItsIconWithItsCornersAndItsAppearancesOnDark() throws Exception {
    Document html = sheet();
    String catalog = "AppIcon.appiconset/AppIcon-1024";
    record Ios(String folder, List<String> onDark) {}
    for (Ios ios : List.of(new Ios("square/square-ios/", List.of("")),
        new Ios("logo/logo-ios/", List.of("-dark", "-tinted")),
        new Ios("wide/wide-ios/", List.of("-dark")))) {
      List<Element> stages = stages(figure(html, "ios", ios.folder()));
      assertEquals(List.of(ios.folder() + catalog + ".png"), stages.get(0)
          .select(".mask-ios img").stream().map(ContactSheetSetPreviewsTest::src).toList());
      assertEquals(ios.onDark().stream().map(look -> ios.folder() + catalog + look + ".png")
          .toList(), stages.get(1).select(".mask-ios img").stream()
          .map(ContactSheetSetPreviewsTest::src).toList(), ios.folder());
      assertEquals(1, stages.get(0).select(".masked").size(), "the icon alone on light");
    }
  }

  @Test
  void theMasksAreCssOnTheSetsOwnFilesAndThePageRunsNoScript() throws Exception {
    Document html = sheet();
    String css = html.selectFirst("style").data();
    assertTrue(css.contains(".mask-circle { border-radius: 50%; }"), css);
    assertTrue(css.contains(".mask-squircle { clip-path: path('M"), css);
    assertTrue(css.contains(".mask-rounded { border-radius: 15%; }"), css);
    assertTrue(css.contains(".mask-ios { border-radius: 22.37%; }"), css);
    assertTrue(css.matches("(?s).*\\.masked \\{[^}]*overflow: hidden;.*"), "masks clip");
    assertEquals(List.of(), html.select("script").eachAttr("src"), "no script");
    assertEquals(0, html.select("script").size(), "no script");
    html.getAllElements().forEach(e -> e.attributes().forEach(a -> assertFalse(
        a.getKey().startsWith("on"), e.tagName() + " " + a.getKey())));

    Path out = IconSetKit.get().out;
    Set<String> listed = new HashSet<>(List.of("index.html", "manifest.json"));
    IconSetKit.get().report.manifest().outputs().forEach(e -> listed.add(e.path()));
    for (Element img : html.select(".sets img")) {
      String path = src(img);
      assertFalse(path.contains(":") || path.startsWith("/") || path.contains(".."), path);
      assertTrue(listed.contains(path) && Files.isRegularFile(out.resolve(path)), path);
    }
    try (var walk = Files.walk(out)) {
      walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
          .filter(p -> !p.startsWith(".logokit.lock"))
          .forEach(p -> assertTrue(listed.contains(p), "a file of the sheet's own: " + p));
    }
  }

  /** The square's title, {@code Square "<&>" Co}, is the tab's text, and only escaped. */
  @Test
  void theTitleInTheTabIsEscaped() throws Exception {
    String raw = Files.readString(IconSetKit.get().file("index.html"));
    assertFalse(raw.contains("\"<&>\""), "never as markup");
    assertTrue(raw.contains("<span class=\"tabtitle\">Square &quot;&lt;&amp;&gt;&quot; Co"
        + "</span>"), "escaped");
    Element stage = stages(figure(sheet(), "web", "square/square-web/")).get(0);
    assertEquals("Square \"<&>\" Co", stage.selectFirst(".tabtitle").text());
  }

  @Test
  void theSheetWithSetsIsTheSameByteForByte() throws Exception {
    IconSetKit kit = IconSetKit.get();
    Manifest manifest = kit.report.manifest();
    OutputFolder out = OutputFolder.open(kit.out, false);
    byte[] sheet = ContactSheet.html(manifest, out);
    assertArrayEquals(Files.readAllBytes(kit.file("index.html")), sheet);
    assertArrayEquals(sheet, ContactSheet.html(manifest, out));
    assertEquals(null, ContactSheet.check(out));
    assertTrue(manifest.outputs().stream().map(ManifestEntry::path)
        .anyMatch(p -> p.endsWith("icon-maskable-512.png")));
  }
}
