package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.logokit.adopt.ConventionKit.art;
import static org.logokit.adopt.ConventionKit.master;
import static org.logokit.adopt.ConventionKit.paint;
import static org.logokit.adopt.ConventionKit.png;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.write.OutputFolder;

/**
 * The conventions real kits are exported in, one kit each (issue 18): import places every
 * export its master explains, and the render of the config it writes reproduces them (path,
 * size, pHYs exactly, pixels within compare's tolerances); what it cannot place it reports by
 * cause.
 */
class ConventionsTest {
  @TempDir Path dir;

  /** 1. Inkscape 1.x: 96 DPI as 3780 px/m, 72 as 2835, 300 as 11811; logokit writes the same. */
  @Test
  void roundedPhysOfInkscapeOneIsPlacedAndWrittenTheSame() throws Exception {
    Path kit = inkscapeOne(dir.resolve("inkscape1"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(3, ad.placed().size(), ad.reported().toString());
    assertEquals(List.of(), ad.reported());
    assertTrue(ad.config().contains("targets: [own, 72dpi, 300dpi]"), ad.config());
  }

  /** 2. A 300 DPI export on points with a 0.5 inch margin all round: a box and a padding. */
  @Test
  void artCentredOnAPaddedCanvasIsABoxWithAPadding() throws Exception {
    Path kit = padded(dir.resolve("padded"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(1, ad.placed().size(), ad.reported().toString());
    assertTrue(ad.config().contains("{size: 300dpi-pt, box: 1200x900, padding: 150px, "
        + "suffix: \"\"}"), ad.config());
  }

  /** 2. Margins that are not symmetric are said, with their figures, and not placed. */
  @Test
  void artOffCentreIsReportedWithItsMargins() throws Exception {
    Path kit = dir.resolve("offcentre");
    ConventionKit.Art a = filled(216, 144);
    master(kit.resolve("print.svg"), a);
    png(kit.resolve("print.png"), paint(a, 1200, 900, 300 / 72.0, 100, 150), 11811);
    Adoption ad = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(0, ad.placed().size());
    assertEquals(1, ad.reported().size(), ad.reported().toString());
    Adoption.Reported r = ad.reported().get(0);
    assertEquals("art not centred", r.cause());
    assertTrue(r.reason().contains("(left 100, right 200, top 150, bottom 150 px)"),
        r.reason());
  }

  /** 2. An icon centred on a square canvas at the exporter's 96 DPI. */
  @Test
  void artCentredOnASquareCanvasIsASquareBox() throws Exception {
    Path kit = squareIcon(dir.resolve("square"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(1, ad.placed().size(), ad.reported().toString());
    assertTrue(ad.config().contains("{size: 64px, dpi: 96, box: 64x64, suffix: \"-square\"}"),
        ad.config());
  }

  /** 3. Exports scaled to a pixel size that keep the exporter's fixed 72 DPI. */
  @Test
  void pixelSizesWithTheExportersFixedDpi() throws Exception {
    Path kit = fixedDpi(dir.resolve("fixed"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(2, ad.placed().size(), ad.reported().toString());
    assertTrue(ad.config().contains("targets: [{size: 512px, dpi: 72}, {size: 1024px, dpi: 72}]"),
        ad.config());
  }

  /** 4. rsvg-convert -w N: the other side rounded up, no pHYs; the kit's rounding throughout. */
  @Test
  void rsvgConvertWidthsRoundTheOtherSideUp() throws Exception {
    Path kit = rsvgWidths(dir.resolve("rsvg"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(3, ad.placed().size(), ad.reported().toString());
    assertTrue(ad.config().contains("targets: [{size: 100px, round: up}, {size: 150px, round: up},"
        + " {size: 200px, round: up}]"), ad.config());
    assertEquals(3, ad.notes().size(), "no pHYs, said once each: " + ad.notes());
  }

  /** 5. Exports in a PNG/ folder beside SVG/, a screenshot elsewhere left out and said. */
  @Test
  void aPngFolderBesideAnSvgFolder() throws Exception {
    Path kit = siblingFolders(dir.resolve("siblings"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals("brand/SVG/", ad.mastersRoot());
    assertEquals("brand/PNG/", ad.exportsRoot());
    assertEquals(4, ad.placed().size(), ad.reported().toString());
    assertEquals(List.of("docs/screenshot.png"), ad.reported().stream()
        .map(Adoption.Reported::path).toList());
  }

  /** 5. A png/ tree that mirrors an svg/ tree, with an unrelated PNG elsewhere. */
  @Test
  void aPngTreeMirroringAnSvgTree() throws Exception {
    Path kit = mirroredTree(dir.resolve("mirror"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals("svg/", ad.mastersRoot());
    assertEquals("png/", ad.exportsRoot());
    assertEquals(3, ad.placed().size(), ad.reported().toString());
    assertTrue(ad.config().contains("naming: \"{dir}{name}{suffix}.png\""), ad.config());
    assertEquals(List.of("website/img/banner.png"), ad.reported().stream()
        .map(Adoption.Reported::path).toList());
  }

  /** 5. One master name in several folders, its exports beside it: {dir} keeps them apart. */
  @Test
  void oneMasterNameInSeveralFoldersWithDirNaming() throws Exception {
    Path kit = oneNameInTwoFolders(dir.resolve("colours"));
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(4, ad.placed().size(), ad.reported().toString());
    assertTrue(ad.config().contains("  - \"logo/blue/logo.svg\"\n  - \"logo/white/logo.svg\""),
        ad.config());
  }

  /**
   * 6. What cannot be explained is reported once, by cause: a master that exists but cannot be
   * read is named with why (not "no master"), the closest target is given, and formats import
   * does not read are counted in one line.
   */
  @Test
  void theUnexplainedAreReportedByCauseAndOtherFormatsCounted() throws Exception {
    Path kit = dir.resolve("mixed");
    ConventionKit.Art a = art(100, 100, true);
    master(kit.resolve("masters/good.svg"), a);
    TestFiles.write(kit.resolve("masters/broken.svg"), "<svg xmlns=\"http://www.w3.org/2000/"
        + "svg\" width=\"10\" height=\"10\"><rect");
    png(kit.resolve("published/good.png"), paint(a, 100, 100), 3780);
    png(kit.resolve("published/good-odd.png"), paint(a, 100, 100), 3000);
    png(kit.resolve("published/broken.png"), paint(a, 10, 10), 3780);
    png(kit.resolve("published/ghost.png"), paint(a, 10, 10), 3780);
    png(kit.resolve("published/ghost-64px.png"), paint(a, 64, 64), 3780);
    TestFiles.write(kit.resolve("published/photo.jpg"), "not read");
    TestFiles.write(kit.resolve("masters/good.eps"), "not read");
    TestFiles.write(kit.resolve("masters/good.ai"), "not read");
    Adoption ad = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(1, ad.placed().size(), ad.reported().toString());
    Map<String, String> causes = new java.util.TreeMap<>();
    ad.reported().forEach(r -> causes.put(r.path(), r.cause()));
    assertEquals(Map.of("masters/broken.svg", "master cannot be read",
        "published/broken.png", "its master cannot be read",
        "published/good-odd.png", "no target explains it",
        "published/ghost.png", "no master", "published/ghost-64px.png", "no master"), causes);
    String odd = ad.reported().stream().filter(r -> r.path().endsWith("good-odd.png"))
        .findFirst().orElseThrow().reason();
    assertTrue(odd.startsWith("100x100 at 76.2 DPI (pHYs 3000 px/m): the closest target, "),
        odd);
    assertEquals(Map.of("ai", 1, "eps", 1, "jpg", 1), ad.unread());

    Run r = Run.of("import", kit.toString());
    assertEquals(1, r.exit());
    List<String> heads = new ArrayList<>();
    r.err().lines().filter(l -> l.startsWith("import: ")).forEach(heads::add);
    assertEquals("import: no master: 2 files", heads.get(0), r.err());
    assertEquals(1, heads.stream().filter(l -> l.startsWith("import: no master")).count());
    assertTrue(r.err().contains("import: 3 files of formats import does not read, left as they "
        + "are: 1 ai, 1 eps, 1 jpg"), r.err());
  }

  /**
   * Two layouts in one repository, inferred per folder of masters: exports beside their masters
   * under logos/, and a PNG/ folder beside SVG/ under brand/. The second is a
   * {@code namingByFolder} entry, and the render reproduces both.
   */
  @Test
  void twoLayoutsInOneRepositoryAreEachInferredPerFolder() throws Exception {
    Path kit = dir.resolve("two-layouts");
    for (String name : new String[] {"one", "two", "three"}) {
      ConventionKit.Art a = art(60, 30, true);
      master(kit.resolve("logos/" + name + "/" + name + ".svg"), a);
      png(kit.resolve("logos/" + name + "/" + name + ".png"), paint(a, 60, 30), 3780);
    }
    ConventionKit.Art b = art(60, 30, true);
    master(kit.resolve("brand/SVG/four.svg"), b);
    png(kit.resolve("brand/PNG/four.png"), paint(b, 60, 30), 3780);
    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(4, ad.placed().size(), ad.reported().toString());
    assertEquals(List.of(), ad.reported());
    assertTrue(ad.config().contains("naming: \"{dir}{name}{suffix}.png\"\n"
        + "namingByFolder:"), ad.config());
    assertTrue(ad.config().contains("  \"brand/SVG/\": \"brand/PNG/{name}{suffix}.png\"\n"),
        ad.config());
  }

  /**
   * Every convention in one repository (issue 18's "done when"): each kit above in a folder of
   * its own, so Inkscape 1.x's masters/ and published/, a padded print export, an icon on a
   * square canvas, 72 DPI pixel sizes and rsvg-convert widths beside their masters, a PNG/
   * folder beside SVG/, a png/ tree mirroring svg/, one master name in two folders, three
   * masters named "mark"; and among them a screenshot, a banner, an export of a broken master
   * and a JPG. Each layout is inferred for its own folder: every explainable export is placed
   * and reproduced by the render of the config, the rest is reported by cause, and the config
   * rendered into the repository itself leaves check green.
   */
  @Test
  void allSixConventionsMixedInOneRepository() throws Exception {
    Path kit = dir.resolve("mixed-repo");
    inkscapeOne(kit.resolve("inkscape1"));
    padded(kit.resolve("print"));
    squareIcon(kit.resolve("icons"));
    fixedDpi(kit.resolve("fixed"));
    rsvgWidths(kit.resolve("rsvg"));
    siblingFolders(kit.resolve("siblings"));
    mirroredTree(kit.resolve("mirror"));
    oneNameInTwoFolders(kit.resolve("colours"));
    TestFiles.write(kit.resolve("inkscape1/masters/broken.svg"), "<svg xmlns=\"http://www.w3"
        + ".org/2000/svg\" width=\"10\" height=\"10\"><rect");
    png(kit.resolve("inkscape1/published/broken.png"), paint(art(10, 10, true), 10, 10), 3780);
    TestFiles.write(kit.resolve("press/photo.jpg"), "not read");

    Adoption ad = ConventionKit.importRenderCompare(dir, kit);
    assertEquals(3 + 1 + 1 + 2 + 3 + 4 + 3 + 4, ad.placed().size(), ad.reported() + "\n"
        + ad.config());
    Map<String, String> causes = new java.util.TreeMap<>();
    ad.reported().forEach(r -> causes.put(r.path(), r.cause()));
    assertEquals(Map.of("inkscape1/masters/broken.svg", "master cannot be read",
        "inkscape1/published/broken.png", "its master cannot be read",
        "siblings/docs/screenshot.png", "no master",
        "mirror/website/img/banner.png", "no master"), causes);
    assertEquals(Map.of("jpg", 1), ad.unread());
    assertTrue(ad.config().contains("naming: \"{dir}{name}{suffix}.png\"\n"
        + "namingByFolder:      # the masters under these folders name their outputs so\n"
        + "  \"inkscape1/masters/\": \"inkscape1/published/{name}{suffix}.png\"\n"
        + "  \"mirror/svg/\": \"mirror/png/{dir}{name}{suffix}.png\"\n"
        + "  \"siblings/brand/SVG/\": \"siblings/brand/PNG/{name}{suffix}.png\"\n"),
        ad.config());
    // A size named as its files are (240px, not 192dpi under the name -240px).
    assertTrue(ad.config().contains("  - file: \"siblings/brand/SVG/alpha.svg\"\n"
        + "    targets: [own, 240px]\n"), ad.config());

    // Adopted in place: the config beside the masters, rendered into the repository itself.
    Path config = kit.resolve("logokit.yaml");
    assertEquals(1, Run.of("import", kit.toString(), "--write", config.toString()).exit());
    Run render = Run.of("render", "-q", "--assets", kit.toString(), "--out", kit.toString());
    assertEquals(0, render.exit(), render.err());
    Run check = Run.of("check", "--assets", kit.toString(), "--out", kit.toString());
    assertEquals(0, check.exit(), check.out() + check.err());
  }

  /** 1. Inkscape 1.x: masters/ and published/, pHYs rounded (96 DPI as 3780 px/m). */
  static Path inkscapeOne(Path kit) throws Exception {
    ConventionKit.Art a = art(200, 100, true);
    master(kit.resolve("masters/mark.svg"), a);
    png(kit.resolve("published/mark.png"), paint(a, 200, 100), 3780);
    png(kit.resolve("published/mark-72dpi.png"), paint(a, 150, 75), 2835);
    png(kit.resolve("published/mark-300dpi.png"), paint(a, 625, 313), 11811);
    return kit;
  }

  /** 2. 3 x 2 in art at 300 DPI (900x600) on 1200x900: 150 px (half an inch) all round. */
  static Path padded(Path kit) throws Exception {
    ConventionKit.Art a = filled(216, 144);
    master(kit.resolve("print.svg"), a);
    png(kit.resolve("print.png"), paint(a, 1200, 900, 300 / 72.0, 150, 150), 11811);
    return kit;
  }

  /** 2. A 48x32 icon centred on a 64 px square at 96 DPI. */
  static Path squareIcon(Path kit) throws Exception {
    ConventionKit.Art a = art(48, 32, true);
    master(kit.resolve("icon.svg"), a);
    png(kit.resolve("icon-square.png"), paint(a, 64, 64, 64 / 48.0, 0, (64 - 32 * 64 / 48.0) / 2),
        3780);
    return kit;
  }

  /** 3. Pixel sizes at the exporter's fixed 72 DPI. */
  static Path fixedDpi(Path kit) throws Exception {
    ConventionKit.Art a = art(200, 100, true);
    master(kit.resolve("mark.svg"), a);
    png(kit.resolve("mark-512px.png"), paint(a, 512, 256), 2835);
    png(kit.resolve("mark-1024px.png"), paint(a, 1024, 512), 2835);
    return kit;
  }

  /** 4. rsvg-convert -w N: no pHYs, the other side rounded up. */
  static Path rsvgWidths(Path kit) throws Exception {
    ConventionKit.Art a = art(300, 100.3, true);
    master(kit.resolve("mark.svg"), a);
    // 100.3 / 3 = 33.43 -> 34; x 0.5 = 50.15 -> 51; x 2/3 = 66.87 -> 67 (nearest too).
    ConventionKit.pngWithoutPhys(kit.resolve("mark-100px.png"), paint(a, 100, 34));
    ConventionKit.pngWithoutPhys(kit.resolve("mark-150px.png"), paint(a, 150, 51));
    ConventionKit.pngWithoutPhys(kit.resolve("mark-200px.png"), paint(a, 200, 67));
    return kit;
  }

  /** 5. brand/PNG/ beside brand/SVG/, and a screenshot in docs/. */
  static Path siblingFolders(Path kit) throws Exception {
    for (String name : new String[] {"alpha", "beta"}) {
      ConventionKit.Art a = art(120, 60, true);
      master(kit.resolve("brand/SVG/" + name + ".svg"), a);
      png(kit.resolve("brand/PNG/" + name + ".png"), paint(a, 120, 60), 3780);
      png(kit.resolve("brand/PNG/" + name + "-240px.png"), paint(a, 240, 120), 7559);
    }
    png(kit.resolve("docs/screenshot.png"), paint(art(30, 20, true), 30, 20), 3780);
    return kit;
  }

  /** 5. A png/ tree mirroring svg/, and a banner in website/img/. */
  static Path mirroredTree(Path kit) throws Exception {
    ConventionKit.Art a = art(100, 50, true);
    master(kit.resolve("svg/logo/wordmark.svg"), a);
    master(kit.resolve("svg/icon/glyph.svg"), art(40, 40, true));
    png(kit.resolve("png/logo/wordmark.png"), paint(a, 100, 50), 3780);
    png(kit.resolve("png/logo/wordmark-64px.png"), paint(a, 64, 32), 2419);
    png(kit.resolve("png/icon/glyph.png"), paint(art(40, 40, true), 40, 40), 3780);
    png(kit.resolve("website/img/banner.png"), paint(a, 300, 150), 3780);
    return kit;
  }

  /** 5. logo/blue/logo.svg and logo/white/logo.svg, each with its exports beside it. */
  static Path oneNameInTwoFolders(Path kit) throws Exception {
    for (String colour : new String[] {"blue", "white"}) {
      ConventionKit.Art a = art(80, 40, true);
      master(kit.resolve("logo/" + colour + "/logo.svg"), a);
      png(kit.resolve("logo/" + colour + "/logo.png"), paint(a, 80, 40), 3780);
      png(kit.resolve("logo/" + colour + "/logo-160px.png"), paint(a, 160, 80), 7559);
    }
    return kit;
  }

  /** Art that fills its artboard (a tinted ground under the marks), so its bounds are the box. */
  private static ConventionKit.Art filled(double w, double h) {
    ConventionKit.Art a = art(w, h, false);
    List<IllustratorKit.Mark> marks = new ArrayList<>();
    marks.add(new IllustratorKit.Mark(false, 0, 0, w, h, "#f4f1de"));
    marks.addAll(a.marks());
    return new ConventionKit.Art(w, h, false, marks);
  }
}
