package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.LogokitCommand;
import org.logokit.kit.KitLoader;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.RenderReport;
import org.logokit.verify.Finding;
import org.logokit.verify.Verifier;

/** Every file of a set is an output like any other: listed, verified, kept, pruned. */
class IconSetVerifyTest {
  @TempDir Path dir;

  private Path copy() throws Exception {
    return TestFiles.copyTree(IconSetKit.get().out, dir.resolve("out"));
  }

  @Test
  void everyFileOfEverySetIsInTheManifestAndVerifyPassesOnAFreshRender() throws Exception {
    IconSetKit kit = IconSetKit.get();
    Map<String, byte[]> files = TestFiles.snapshot(kit.out);
    files.remove("manifest.json");
    files.remove("index.html");
    files.remove(".logokit.lock");
    assertEquals(files.keySet(), new java.util.TreeSet<>(kit.report.manifest().outputs().stream()
        .map(e -> e.path()).toList()));
    // web x5, android x4, ios x4 (one with dark), and all sizes in three appearances.
    assertEquals(8 * 5 + 28 * 4 + 2 * 3 + 3 + (16 * 3 + 1), files.size());
    assertEquals(List.of(), Verifier.verify(kit.out));
  }

  @Test
  void textFilesAreRecordedWithTheirFormatAndNoPixels() {
    var e = IconSetKit.get().report.manifest().outputs().stream()
        .filter(o -> o.path().equals("square/square-ios/AppIcon.appiconset/Contents.json"))
        .findFirst().orElseThrow();
    assertEquals("json", e.format());
    assertEquals("ios AppIcon.appiconset/Contents.json", e.target());
    assertEquals(0, e.width());
    assertEquals(0, e.dpi());
  }

  @Test
  void aTamperedSetFileIsOneFindingNamingIt() throws Exception {
    Path out = copy();
    String rel = "square/square-web/manifest.webmanifest";
    Files.writeString(out.resolve(rel), Files.readString(out.resolve(rel))
        .replace("icon-512.png", "evil.png"));
    List<Finding> findings = Verifier.verify(out);
    assertEquals(1, findings.size(), findings.toString());
    assertInstanceOf(Finding.WrongHash.class, findings.get(0));
    assertEquals(rel, findings.get(0).path());

    StringWriter o = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(o))
        .setErr(new PrintWriter(o)).execute("verify", "--out", out.toString());
    assertEquals(1, exit);
    List<String> lines = o.toString().lines().filter(l -> l.contains("square-web")).toList();
    assertEquals(1, lines.size(), o.toString());
    assertTrue(lines.get(0).contains(rel), lines.get(0));
  }

  @Test
  void aPngOfASetWithTheWrongSizeIsReported() throws Exception {
    Path out = copy();
    String rel = "square/square-android/res/mipmap-hdpi/ic_logo.png";
    Files.copy(out.resolve("square/square-android/res/mipmap-mdpi/ic_logo.png"),
        out.resolve(rel), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<Finding> findings = Verifier.verify(out);
    assertEquals(1, findings.size(), findings.toString());
    assertInstanceOf(Finding.WrongSize.class, findings.get(0));
  }

  @Test
  void aSecondRenderWritesNothingAndDroppingASetPrunesItsFolder() throws Exception {
    Path assets = IconSetKit.write(dir.resolve("assets"));
    Path out = copy();
    RenderReport again = KitRenderer.render(KitLoader.load(assets, null),
        new RenderOptions(assets, out, 1));
    assertEquals(0, again.written(), "every set file is current");

    TestFiles.write(assets.resolve("logokit.yaml"), IconSetKit.CONFIG
        .replaceFirst("\\[web, android, ios\\]", "[web, ios]"));
    RenderReport pruned = KitRenderer.render(KitLoader.load(assets, null),
        new RenderOptions(assets, out, 1));
    assertEquals(28, pruned.removed().size(), pruned.removed().toString());
    assertFalse(Files.exists(out.resolve("square/square-android/res/mipmap-mdpi/ic_logo.png")));
    assertEquals(List.of(), Verifier.verify(out));
  }

  @Test
  void checkSaysCurrentAndNamesAnEditedSetFile() throws Exception {
    Path assets = IconSetKit.write(dir.resolve("assets"));
    Path out = copy();
    StringWriter o = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(o))
        .setErr(new PrintWriter(o)).execute("check", "--assets", assets.toString(), "--out",
            out.toString());
    assertEquals(0, exit, o.toString());
    String rel = "logo/logo-ios/AppIcon.appiconset/Contents.json";
    Files.writeString(out.resolve(rel), "{}\n");
    o = new StringWriter();
    exit = LogokitCommand.commandLine().setOut(new PrintWriter(o))
        .setErr(new PrintWriter(o)).execute("check", "--assets", assets.toString(), "--out",
            out.toString());
    assertEquals(1, exit, o.toString());
    assertTrue(o.toString().contains(rel) && o.toString().contains("file edited"), o.toString());
  }

  @Test
  void theKitPageLeavesSetsOutAndTheContactSheetShowsNoTileForTextFiles() throws Exception {
    var manifest = IconSetKit.get().report.manifest();
    String page = org.logokit.report.KitPage.section(manifest,
        org.logokit.report.KitPage.Style.MARKDOWN, "/");
    assertFalse(page.contains("-web/") || page.contains("-ios/") || page.contains("-android/"),
        page);
    Document sheet = Jsoup.parse(IconSetKit.get().out.resolve("index.html").toFile());
    assertEquals(1, sheet.select("section.files td.name a[href=square/square-web/manifest"
        + ".webmanifest]").size(), "listed with the files");
    assertEquals(List.of(), sheet.select("span.nopreview").eachText().stream()
        .filter(t -> t.equals("WEBMANIFEST") || t.equals("JSON")).toList(),
        "no preview tile for a text file");
    assertFalse(sheet.select("section.files td").eachText().contains("0\u00d70"),
        "a text file has no pixels to list");
  }

  @Test
  void theContactSheetShowsSetImagesWithoutFlatLayersAndNamesThemByTheirSetFolder()
      throws Exception {
    Document sheet = Jsoup.parse(IconSetKit.get().out.resolve("index.html").toFile());
    Elements overview = sheet.select("section.master");
    assertFalse(overview.select("a.tile").eachAttr("href").stream()
        .anyMatch(h -> h.endsWith("_background.png")), "no flat-colour tile");
    // xmpp_logo is dark artwork: its tiles are shown on light, whatever its sets hold, but for
    // its iOS icon's dark and tinted appearances, which are made for a dark backdrop (they once
    // made the whole row's backdrop dark).
    Element row = overview.stream()
        .filter(m -> m.selectFirst("h3").ownText().strip().equals("xmpp_logo.svg"))
        .findFirst().orElseThrow();
    assertFalse(row.select("a.tile.on-light").isEmpty(), row.toString());
    List<String> onDark = row.select("a.tile.on-dark").eachAttr("title");
    assertEquals(2 * 16, onDark.size(), onDark.toString());
    assertTrue(onDark.stream().allMatch(t -> t.matches("AppIcon-.*-(dark|tinted)\\.png .*")),
        onDark.toString());
    assertTrue(sheet.select("section.files td.name").eachText().stream()
        .anyMatch(name -> name.contains("square-web/")), "a set's file is named with its set "
        + "folder");
  }

  @Test
  void checkPixelsRendersEverySetImageAgainAndFindsItIdentical() throws Exception {
    IconSetKit k = IconSetKit.get();
    var r = org.logokit.pipeline.PixelCheck.compare(KitLoader.load(k.assets, null), k.assets,
        k.out, 1);
    assertEquals(List.of(), r.failures());
    assertEquals(List.of(), r.changes(), "the opaque PNGs, written without alpha, included");
  }

  @Test
  void aTextRecordThatClaimsPixelsIsDroppedWithItsReason() throws Exception {
    String rel = "square/square-web/head.html";
    String manifest = Files.readString(IconSetKit.get().out.resolve("manifest.json"));
    int at = manifest.indexOf("\"path\" : \"" + rel + "\"");
    int width = manifest.indexOf("\"width\" : 0", at);
    String lying = manifest.substring(0, width) + "\"width\" : 180"
        + manifest.substring(width + "\"width\" : 0".length());
    var read = org.logokit.manifest.ManifestJson.read(lying.getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(1, read.problems().size(), read.problems().toString());
    assertTrue(read.problems().get(0).contains(rel)
        && read.problems().get(0).contains("a text file's width, height and dpi are 0"),
        read.problems().get(0));
  }
}
