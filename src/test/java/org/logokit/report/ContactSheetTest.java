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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** A tile of the overview: the file it links, the image's source and shown size. */
  static final Pattern TILE = Pattern.compile("<a class=\"tile (on-light|on-dark)\" href=\"([^\"]+)"
      + "\"[^>]*><img src=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"");

  @TempDir Path dir;

  record Tile(String background, String path, String src, int width, int height) {}

  static Map<String, Tile> tiles(String html) {
    Map<String, Tile> tiles = new LinkedHashMap<>();
    Matcher m = TILE.matcher(html);
    while (m.find()) {
      String path = decodeUrl(m.group(2));
      tiles.put(path, new Tile(m.group(1), path, m.group(3), Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5))));
    }
    return tiles;
  }

  static String decodeUrl(String href) {
    return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static String sheet() throws Exception {
    return Files.readString(RenderedKit.get().out.resolve("index.html"));
  }

  static Manifest manifest() {
    return RenderedKit.get().report.manifest();
  }

  @Test
  void overviewShowsEveryOutputOfEveryMasterAtItsTrueSizeUpToTheCap() throws Exception {
    String html = sheet();
    String overview = html.substring(html.indexOf("<h2>Overview</h2>"),
        html.indexOf("<h2>Files</h2>"));
    Map<String, Tile> tiles = tiles(overview);
    assertEquals(manifest().outputs().size(), tiles.size(), "a tile per output");
    Set<String> masters = new HashSet<>();
    for (ManifestEntry e : manifest().outputs()) {
      masters.add(e.master());
      Tile t = tiles.get(e.path());
      assertNotNull(t, e.path());
      double scale = Math.min(1, (double) ContactSheet.CAP / Math.max(e.width(), e.height()));
      assertEquals(Math.round(e.width() * scale), t.width(), e.path());
      assertEquals(Math.round(e.height() * scale), t.height(), e.path());
      assertTrue(t.width() <= ContactSheet.CAP && t.height() <= ContactSheet.CAP, e.path());
    }
    assertEquals(11, masters.size());
    for (String master : masters) {
      assertTrue(overview.contains("<h3>" + Html.escape(master) + " <a"), master);
      assertTrue(html.contains(">" + Html.escape(master) + "</a></li>"), "in the nav: " + master);
    }
    assertEquals(new Tile("on-light", "xmpp_logo/xmpp_logo-16px.png",
        "xmpp_logo/xmpp_logo-16px.png", 16, 16), tiles.get("xmpp_logo/xmpp_logo-16px.png"),
        "a small image at its true size");
    assertEquals(96, tiles.get("xmpp_logo/xmpp_logo-1024px.png").width(), "a large one capped");
    Tile wide = tiles.get("xmpp_logo_(extended_width)/xmpp_logo_(extended_width)-2400px.png");
    assertEquals(List.of(96, 50), List.of(wide.width(), wide.height()), "aspect kept");
    assertTrue(overview.contains("2400&times;1260 px"), "the true size in the caption");
  }

  @Test
  void aTwoSchemeMasterShowsLightAndDarkSideBySideEachOnItsBackground() throws Exception {
    String html = sheet();
    Matcher pair = Pattern.compile("<div class=\"pair\">(.*?)</div>").matcher(html);
    List<String> found = new ArrayList<>();
    while (pair.find()) {
      if (pair.group(1).contains("xmpp_logo/xmpp_logo-64px.png")) {
        found.add(pair.group(1));
      }
    }
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
    assertEquals(3, previews, "two TIFFs and an ICNS");
  }

  @Test
  void everyLinkAndImageResolvesToAFileInTheOutputFolder() throws Exception {
    Path out = RenderedKit.get().out;
    String html = sheet();
    Matcher ref = Pattern.compile("(src|href)=\"([^\"]*)\"").matcher(html);
    int files = 0;
    while (ref.find()) {
      String url = ref.group(2);
      if (url.startsWith("#")) {
        assertTrue(html.contains(" id=\"" + url.substring(1) + "\""), "anchor: " + url);
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
    String html = sheet();
    String files = html.substring(html.indexOf("<h2>Files</h2>"));
    assertTrue(files.contains("<tr><td class=\"name\"><a href=\"xmpp_logo/xmpp_logo-dark-1024px"
        + ".png\">xmpp_logo-<wbr>dark-<wbr>1024px.png</a></td><td>1024&times;1024</td><td>491.52</td>"
        + "<td>dark</td><td>PNG</td><td class=\"num\">"), files);
    assertTrue(files.contains("<td>16, 32, 64, 128, 256, 512, 1024</td><td>96</td><td>light</td>"
        + "<td>ICNS</td>"), "an icon's entries");
    assertEquals(manifest().outputs().size(), files.split("<td class=\"name\">", -1).length - 1);
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

  @Test
  void aHostileMasterNameAppearsOnlyEscaped() {
    String hostile = "<img src=x onerror=alert(1)>";
    Manifest m = Manifest.of("fast", null, null, List.of(org.logokit.manifest.Records.png(
        hostile + "/\"a'.png", hostile + ".svg", 8, 8)));
    String html = new String(ContactSheet.html(m), StandardCharsets.UTF_8);
    assertFalse(html.contains("<img src=x"), html);
    assertFalse(html.contains("\"a'"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;.svg"), html);
    assertTrue(html.contains("href=\"%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/%22a%27.png\""),
        html);
  }

  @Test
  void aChangedTiffGetsNoPreviewSoTheSheetIsStale() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    Path tiff = out.resolve("xmpp_logo_(black_text)/xmpp_logo_(black_text)-300dpi.tiff");
    Files.write(tiff, new byte[] {'I', 'I', 42, 0});
    String html = new String(ContactSheet.html(manifest(), OutputFolder.open(out, false)),
        StandardCharsets.UTF_8);
    assertTrue(html.contains("<span class=\"nopreview\" style=\"width:96px;height:96px\">TIFF"
        + "</span>"), "nothing decoded from a file the manifest does not vouch for");
    assertEquals("index.html: file edited", ContactSheet.check(out).line());
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
