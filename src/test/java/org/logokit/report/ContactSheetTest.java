package org.logokit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.kit.KitLoader;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.verify.Verifier;
import org.logokit.write.OutputFolder;

class ContactSheetTest {
  @TempDir Path dir;

  /** A tile of the overview: the file it links, the image's source and shown size. */
  record Tile(String background, String path, String src, int width, int height) {}

  /** The overview's tiles under {@code scope} that show an image, by the path they link. */
  static Map<String, Tile> tiles(Element scope) {
    Map<String, Tile> tiles = new LinkedHashMap<>();
    for (Element a : scope.select("a.tile")) {
      Element img = a.selectFirst("img");
      if (img == null) {
        continue;
      }
      String path = decodeUrl(a.attr("href"));
      String background = a.hasClass("on-dark") ? "on-dark" : a.hasClass("on-light")
          ? "on-light" : "none";
      tiles.put(path, new Tile(background, path, img.attr("src"),
          Integer.parseInt(img.attr("width")), Integer.parseInt(img.attr("height"))));
    }
    return tiles;
  }

  static String decodeUrl(String href) {
    return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static Document sheet() throws Exception {
    return Jsoup.parse(RenderedKit.get().out.resolve("index.html").toFile());
  }

  static Manifest manifest() {
    return RenderedKit.get().report.manifest();
  }

  /** The heading's own text: the master's name, without its "files" or "overview" link. */
  static String heading(Element section) {
    return section.selectFirst("h3").ownText().strip();
  }

  @Test
  void overviewShowsEveryOutputOfEveryMasterAtItsTrueSizeUpToTheCap() throws Exception {
    Document html = sheet();
    Elements overview = html.select("section.master");
    Map<String, Tile> tiles = new LinkedHashMap<>();
    overview.forEach(section -> tiles.putAll(tiles(section)));
    assertEquals(manifest().outputs().size(), tiles.size(), "a tile per output");
    Set<String> masters = new LinkedHashSet<>();
    for (ManifestEntry e : manifest().outputs()) {
      masters.add(e.master());
      Tile t = tiles.get(e.path());
      assertNotNull(t, e.path());
      double scale = Math.min(1, (double) ContactSheet.CAP / Math.max(e.width(), e.height()));
      assertEquals(Math.round(e.width() * scale), t.width(), e.path());
      assertEquals(Math.round(e.height() * scale), t.height(), e.path());
      assertTrue(t.width() <= ContactSheet.CAP && t.height() <= ContactSheet.CAP, e.path());
    }
    assertEquals(Set.copyOf(masters), Set.copyOf(overview.stream()
        .map(ContactSheetTest::heading).toList()), "a row per master");
    assertEquals(overview.size(), masters.size(), "one row each");
    assertEquals(Set.copyOf(masters), Set.copyOf(html.select("nav li a").eachText()),
        "each in the nav");
    assertEquals(new Tile("on-light", "xmpp_logo/xmpp_logo-16px.png",
        "xmpp_logo/xmpp_logo-16px.png", 16, 16), tiles.get("xmpp_logo/xmpp_logo-16px.png"),
        "a small image at its true size");
    assertEquals(96, tiles.get("xmpp_logo/xmpp_logo-1024px.png").width(), "a large one capped");
    String widePath = "xmpp_logo_(extended_width)/xmpp_logo_(extended_width)-2400px.png";
    Tile wide = tiles.get(widePath);
    assertEquals(List.of(96, 50), List.of(wide.width(), wide.height()), "aspect kept");
    Element figure = html.select("a.tile").stream()
        .filter(a -> decodeUrl(a.attr("href")).equals(widePath)).findFirst().orElseThrow()
        .closest("figure");
    assertEquals("2400\u00d71260 px", figure.selectFirst("figcaption").text(),
        "the true size in the caption");
  }

  @Test
  void aTwoSchemeMasterShowsLightAndDarkSideBySideEachOnItsBackground() throws Exception {
    List<Element> found = sheet().select("div.pair").stream()
        .filter(pair -> tiles(pair).containsKey("xmpp_logo/xmpp_logo-64px.png")).toList();
    assertEquals(1, found.size());
    List<Tile> both = List.copyOf(tiles(found.get(0)).values());
    assertEquals(List.of("xmpp_logo/xmpp_logo-64px.png", "xmpp_logo/xmpp_logo-dark-64px.png"),
        both.stream().map(Tile::path).toList(), "light then dark, in one cell");
    assertEquals(List.of("on-light", "on-dark"), both.stream().map(Tile::background).toList());
  }

  @Test
  void whiteArtworkIsShownOnDarkAndDarkArtworkOnWhite() throws Exception {
    Map<String, Tile> tiles = tiles(sheet());
    assertEquals("on-dark", tiles.get("xmpp_white_logo/xmpp_white_logo-64px.png").background());
    assertEquals("on-dark", tiles.get("xmpp_logo_(white_text)/xmpp_logo_(white_text)-64px.png")
        .background());
    assertEquals("on-light", tiles.get("xmpp_black_logo/xmpp_black_logo-64px.png").background());
    assertEquals("on-light", tiles.get("xmpp_logo_(without_text)/xmpp_logo_(without_text)"
        + "-64px.png").background());
  }

  @Test
  void tiffAndIcnsTilesHaveAnEmbeddedPngPreview() throws Exception {
    Map<String, Tile> tiles = tiles(sheet());
    int previews = 0;
    for (ManifestEntry e : manifest().outputs()) {
      if (e.format().equals("tiff") || e.format().equals("icns")) {
        Tile t = tiles.get(e.path());
        assertTrue(t.src().startsWith("data:image/png;base64,"), e.path());
        byte[] png = Base64.getDecoder().decode(t.src().substring(t.src().indexOf(',') + 1));
        assertEquals(0x89, png[0] & 0xff, "a PNG signature");
        assertEquals('P', png[1]);
        BufferedImage img = TestFiles.decode(png);
        assertEquals(List.of(t.width(), t.height()), List.of(img.getWidth(), img.getHeight()),
            "at the size it is shown");
        assertTrue(png.length < 16_000, e.path() + ": " + png.length + " bytes, small");
        previews++;
      }
    }
    assertTrue(previews > 0, "the kit has a TIFF or an ICNS to preview");
  }

  @Test
  void everyLinkAndImageResolvesToAFileInTheOutputFolder() throws Exception {
    Path out = RenderedKit.get().out;
    Document html = sheet();
    int files = 0;
    for (Element ref : html.select("[src], [href]")) {
      String url = ref.hasAttr("src") ? ref.attr("src") : ref.attr("href");
      if (url.startsWith("#")) {
        assertNotNull(html.getElementById(url.substring(1)), "anchor: " + url);
      } else if (url.startsWith("data:")) {
        assertTrue(url.startsWith("data:image/png;base64,"), url);
      } else {
        assertFalse(url.contains(":") || url.startsWith("/") || url.contains(".."), url);
        Path file = out.resolve(decodeUrl(url)).normalize();
        assertTrue(file.startsWith(out) && Files.isRegularFile(file), "missing: " + url);
        files++;
      }
    }
    // Each output linked from its tile and its row in the details, each PNG/ICO also shown.
    long shown = manifest().outputs().stream().filter(SheetImages::browserShows).count();
    assertEquals(2L * manifest().outputs().size() + shown, files);
  }

  @Test
  void detailsListEveryFileWithItsFigures() throws Exception {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Elements trs = sheet().select("section.files tbody tr");
    for (Element row : trs) {
      rows.put(decodeUrl(row.selectFirst("td.name a").attr("href")), row.select("td")
          .eachText());
    }
    assertEquals(manifest().outputs().size(), trs.size(), "a row per output");
    assertEquals(new java.util.TreeSet<>(manifest().outputs().stream().map(ManifestEntry::path)
        .toList()), new java.util.TreeSet<>(rows.keySet()), "each output's own row");
    List<String> dark = rows.get("xmpp_logo/xmpp_logo-dark-1024px.png");
    assertEquals(List.of("xmpp_logo-dark-1024px.png", "1024\u00d71024", "491.52", "dark", "PNG"),
        dark.subList(0, 5));
    assertTrue(dark.get(5).matches("\\d{1,3}(,\\d{3})*"), "bytes: " + dark.get(5));
    for (ManifestEntry e : manifest().outputs()) {
      if (e.entries() != null) {
        assertEquals(String.join(", ", e.entries().stream().map(String::valueOf).toList()),
            rows.get(e.path()).get(1), "an icon's entries: " + e.path());
        assertEquals(e.format().toUpperCase(java.util.Locale.ROOT), rows.get(e.path()).get(4));
      }
    }
  }

  @Test
  void twoRendersGiveTheSameSheetByteForByte() throws Exception {
    Path again = dir.resolve("again");
    KitRenderer.render(KitLoader.load(TestFiles.ASSETS, null),
        new RenderOptions(TestFiles.ASSETS, again, 2));
    assertArrayEquals(Files.readAllBytes(RenderedKit.get().out.resolve("index.html")),
        Files.readAllBytes(again.resolve("index.html")));
    OutputFolder out = OutputFolder.open(again, false);
    assertArrayEquals(ContactSheet.html(manifest(), out), ContactSheet.html(manifest(), out));
  }

  @Test
  void verifyAndCheckStayCleanAndNoPreviewFileIsWritten() throws Exception {
    Path out = RenderedKit.get().out;
    assertEquals(List.of(), Verifier.verify(out));
    assertNull(ContactSheet.check(out));
    Set<String> listed = new HashSet<>(List.of("index.html", "manifest.json"));
    manifest().outputs().forEach(e -> listed.add(e.path()));
    try (var walk = Files.walk(out)) {
      walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(".logokit.lock"))
          .forEach(p -> assertTrue(listed.contains(p), "not listed: " + p));
    }
  }

  /**
   * Raw bytes first, the point of the test: the hostile name never appears as markup. Then as
   * a browser reads the page: the name is text, and no element carries its handler.
   */
  @Test
  void aHostileMasterNameAppearsOnlyEscaped() {
    String hostile = "<img src=x onerror=alert(1)>";
    Manifest m = Manifest.of("fast", null, null, List.of(org.logokit.manifest.Records.png(
        hostile + "/\"a'.png", hostile + ".svg", 8, 8)));
    String html = new String(ContactSheet.html(m), StandardCharsets.UTF_8);
    assertFalse(html.contains("<img src=x"), html);
    assertFalse(html.contains("\"a'"), html);
    Document doc = Jsoup.parse(html);
    assertEquals(List.of(), doc.select("[onerror]").eachAttr("onerror"), "no handler");
    assertEquals(List.of(hostile + ".svg"), doc.select("section.master").stream()
        .map(ContactSheetTest::heading).toList(), "the name, as text");
    String href = doc.selectFirst("a.tile").attr("href");
    assertEquals("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/%22a%27.png", href, "URL-encoded");
    assertEquals(hostile + "/\"a'.png", decodeUrl(href));
  }

  @Test
  void aChangedTiffGetsNoPreviewSoTheSheetIsStale() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    Path tiff = out.resolve("xmpp_logo_(black_text)/xmpp_logo_(black_text)-300dpi.tiff");
    Files.write(tiff, new byte[] {'I', 'I', 42, 0});
    String html = new String(ContactSheet.html(manifest(), OutputFolder.open(out, false)),
        StandardCharsets.UTF_8);
    Element tile = Jsoup.parse(html).select("a.tile").stream()
        .filter(a -> decodeUrl(a.attr("href")).equals(out.relativize(tiff).toString()))
        .findFirst().orElseThrow();
    assertNull(tile.selectFirst("img"), "nothing decoded from a file the manifest does not "
        + "vouch for");
    assertEquals("TIFF", tile.selectFirst("span.nopreview").text());
    assertEquals("index.html: file edited", ContactSheet.check(out).line());
  }

  /** The set previews and their CSS appear only in a kit with icon sets: this one has none. */
  @Test
  void aKitWithoutIconSetsHasNoSetPreviewsAndKeepsItsSheet() throws Exception {
    Document html = sheet();
    assertEquals(0, html.select(".sets, .set, .masked").size());
    assertFalse(html.selectFirst("style").data().contains("mask-"), "no set CSS");
  }

  @Test
  void namesWithSpacesAndParenthesesAreEncodedAsUrls() {
    assertEquals("a%20b/x_(y)%C3%BC.png", ContactSheet.href("a b/x_(y)ü.png"));
  }

  @Test
  void verifyIgnoresTheSheetAndCheckCatchesAnEditedOne() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    assertEquals(List.of(), Verifier.verify(out));
    assertEquals(null, ContactSheet.check(out));
    Files.writeString(out.resolve("index.html"), "<p>hand-edited</p>");
    Finding f = ContactSheet.check(out);
    assertEquals("index.html: file edited", f.line());
    Files.delete(out.resolve("index.html"));
    assertEquals("index.html: missing", ContactSheet.check(out).line());
  }
}
