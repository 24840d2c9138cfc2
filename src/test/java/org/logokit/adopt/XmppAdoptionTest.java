package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.Golden;
import org.logokit.TestFiles;
import org.logokit.write.OutputFolder;

/**
 * Adopting the XMPP press kit as the XSF published it (its 11 masters in {@code masters/}, the
 * 88 Inkscape PNGs in {@code published/}): import writes a config that reproduces the names,
 * sizes and pHYs (within 1 px/m: Inkscape 0.92 truncated) of every file but the misnamed
 * {@code -300px.png}, which it reports; with that
 * file renamed as the kit page links it, all 88; and compare passes within the fidelity
 * tolerance. One render (of the renamed kit's config) serves every test.
 */
class XmppAdoptionTest {
  static final String MISNAMED =
      "published/xmpp_black_logo_(without_text)/xmpp_black_logo_(without_text)-300px.png";
  static final String RENAMED = MISNAMED.replace("-300px.png", "-300dpi.png");

  @TempDir static Path dir;
  static Path kit;
  static Path fixed;
  static Path out;

  @BeforeAll
  static void importAndRenderTheFixedKit() throws Exception {
    kit = dir.resolve("kit");
    TestFiles.copyTree(TestFiles.ASSETS, kit.resolve("masters"));
    Files.delete(kit.resolve("masters/logokit.yaml"));
    TestFiles.copyTree(TestFiles.PUBLISHED, kit.resolve("published"));
    fixed = TestFiles.copyTree(kit, dir.resolve("fixed"));
    Files.move(fixed.resolve(MISNAMED), fixed.resolve(RENAMED));
    Path config = dir.resolve("fixed.yaml");
    Run imp = Run.of("import", fixed.toString(), "--write", config.toString());
    assertEquals(0, imp.exit(), imp.err());
    out = dir.resolve("out");
    Run render = Run.of("render", "-q", "--assets", fixed.resolve("masters").toString(),
        "--config", config.toString(), "--out", out.toString());
    assertEquals(0, render.exit(), render.err());
  }

  @Test
  void importReportsTheMisnamedFileAndPlacesTheOther87() throws Exception {
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(87, a.placed().size());
    assertEquals("masters/", a.mastersRoot());
    assertEquals("published/", a.exportsRoot());
    assertEquals(1, a.reported().size(), a.reported().toString());
    assertEquals(MISNAMED, a.reported().get(0).path());
    assertTrue(a.reported().get(0).reason().contains("its name says 300px, but it is 625x625 "
        + "at 300 DPI"), a.reported().get(0).reason());
    assertEquals(List.of("masters/xmpp_logo_(extended_width).svg",
        "masters/xmpp_monochrome_logo_variant.svg",
        "masters/xmpp_monochrome_logo_variant_(without_text).svg"), a.unused());
    assertTrue(a.config().contains("naming: \"{name}/{name}{suffix}.png\"\ntargets: [own, "
        + "300dpi, 600dpi, 16px, 32px, 64px, 128px, 256px, 512px, 768px, 1024px]\n"),
        a.config());
    // The master lacking one size of the matrix says only that.
    assertTrue(a.config().contains("  - file: \"xmpp_black_logo_(without_text).svg\"\n"
        + "    except: [300dpi]\n"), "the misnamed file is not reproduced: " + a.config());
    Golden.assertMatches("xmpp-import.yaml", a.config());
  }

  @Test
  void theConfigReproducesAll88NamesSizesAndPhys() throws Exception {
    OutputFolder published = OutputFolder.open(fixed.resolve("published"), false);
    OutputFolder ours = OutputFolder.open(out, false);
    List<String> theirs = published.files();
    assertEquals(88, theirs.size());
    assertEquals(theirs, ours.files().stream().filter(p -> p.endsWith(".png")).toList());
    int physOneOff = 0;
    for (String png : theirs) {
      ImageFacts a = ImageFacts.read(published, png);
      ImageFacts b = ImageFacts.read(ours, png);
      assertEquals(a.width() + "x" + a.height(), b.width() + "x" + b.height(), png);
      // Inkscape 0.92 truncated px/m (3779 for 96 DPI), logokit rounds as Inkscape 1.x and
      // Illustrator do (3780): 1 px/m apart is the same DPI.
      assertTrue(org.logokit.format.png.PngCodec.sameResolution(a.pixelsPerMeter(),
          b.pixelsPerMeter()), png + ": " + a + " " + b);
      physOneOff += a.pixelsPerMeter() == b.pixelsPerMeter() ? 0 : 1;
    }
    // own (3779/3780), 32px (604/605), 128px, 256px and 512px: 5 of each master's 11 files.
    assertEquals(40, physOneOff);
  }

  @Test
  void compareTheFixedKitPassesWithinTheFidelityTolerance() throws Exception {
    Run compare = Run.of("compare", fixed.resolve("published").toString(), "--out",
        out.toString(), "--report", dir.resolve("report").toString());
    assertEquals(0, compare.exit(), compare.out());
    int files = OutputFolder.open(fixed.resolve("published"), false).files().size();
    assertTrue(compare.out().contains("compare: " + files + " files, " + files + " match, 0 "
        + "differ"), compare.out());
    KitComparison.Result r = KitComparison.compare(
        OutputFolder.open(fixed.resolve("published"), false), OutputFolder.open(out, false),
        KitComparison.DEFAULT_TOLERANCE);
    System.out.printf(Locale.ROOT, "xmpp compare: mean %.3f, max %d, worst %s %.3f%n",
        r.mean(), r.max(), r.worst().path(), r.worst().comparison().mean());
    assertTrue(r.mean() <= 0.5, "mean over the kit " + r.mean());
    assertEquals("logokit: 0 changed outputs", Jsoup.parse(dir.resolve("report/index.html")
        .toFile()).selectFirst("h1").text());
  }

  @Test
  void compareThePublishedKitNamesTheMisnamedFileOnly() throws Exception {
    Run compare = Run.of("compare", kit.resolve("published").toString(), "--out",
        out.toString(), "-q");
    assertEquals(1, compare.exit());
    List<String> lines = compare.out().lines().toList();
    assertEquals(List.of(
        kit.resolve(RENAMED) + ": rendered, not in the kit",
        kit.resolve(MISNAMED) + ": in the kit, not rendered"), lines);
  }

  @Test
  void aWrongPhysIsAFindingEvenWhenThePixelsMatch() throws Exception {
    Path copy = TestFiles.copyTree(fixed.resolve("published"), dir.resolve("phys"));
    String png = "xmpp_logo/xmpp_logo-64px.png";
    byte[] bytes = Files.readAllBytes(copy.resolve(png));
    // Rewrite the pHYs chunk's x and y (and its CRC) to 72 DPI.
    byte[] chunk = org.logokit.adopt.IllustratorKit.png(TestFiles.decode(bytes), 2835);
    Files.write(copy.resolve(png), chunk);
    Run compare = Run.of("compare", copy.toString(), "--out", out.toString(), "-q");
    assertEquals(1, compare.exit());
    assertTrue(compare.out().contains("xmpp_logo-64px.png: pHYs differs: 2835 px/m (72.01 DPI) "
        + "in the kit, 1209 px/m (30.71 DPI) rendered, mean 0."), compare.out());
    try (Stream<String> s = compare.out().lines()) {
      assertEquals(1, s.count(), compare.out());
    }
  }
}
