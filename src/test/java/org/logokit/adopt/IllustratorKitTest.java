package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.Golden;
import org.logokit.write.OutputFolder;

/**
 * Adopting a kit exported the Illustrator way (300 ppi on points, rounded-up canvases, one a
 * pixel wider, files beside their masters in {@code <name>-<layout>-<colour>} folders): import
 * writes the config that reproduces every placeable file, reports the three strays, and a
 * render of that config compares within tolerance.
 */
class IllustratorKitTest {
  @TempDir Path dir;

  @Test
  void importPlacesEveryExportAndReportsTheStrays() throws Exception {
    Path kit = IllustratorKit.write(dir.resolve("kit"));
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));

    assertEquals(IllustratorKit.LOGOS.size(), a.placed().size(), a.toString());
    assertEquals("", a.mastersRoot());
    assertEquals("", a.exportsRoot());
    assertTrue(a.config().contains("naming: \"{dir}{name}{suffix}.png\""), a.config());
    assertTrue(a.config().contains("targets: [{size: 300dpi-pt, suffix: \"\"}]"), a.config());
    assertTrue(a.config().contains("targets: [{size: 300dpi-pt, box: 201x200, suffix: \"\"}]"),
        "the canvas a pixel wider is kept as a box: " + a.config());
    Golden.assertMatches("illustrator-import.yaml", a.config());
    assertEquals(IllustratorKit.UNPLACEABLE.size(), a.reported().size(), a.reported().toString());
    for (String[] stray : IllustratorKit.UNPLACEABLE) {
      Adoption.Reported r = a.reported().stream().filter(x -> x.path().equals(stray[0]))
          .findFirst().orElseThrow(() -> new AssertionError(stray[0] + " " + a.reported()));
      assertTrue((r.cause() + ": " + r.reason()).contains(stray[1]), r.toString());
    }
  }

  @Test
  void theImportedConfigReproducesNamesSizesAndPhysAndComparesWithinTolerance()
      throws Exception {
    Path kit = IllustratorKit.write(dir.resolve("kit"));
    Path config = dir.resolve("logokit.yaml");
    Run imp = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(1, imp.exit(), "the strays are problems: " + imp.err());
    assertEquals(3, imp.err().lines().filter(l -> l.startsWith(kit.toString())).count(),
        imp.err());

    Path out = dir.resolve("out");
    Run render = Run.of("render", "-q", "--assets", kit.toString(), "--config",
        config.toString(), "--out", out.toString());
    assertEquals(0, render.exit(), render.err());
    OutputFolder theirs = OutputFolder.open(kit, false);
    OutputFolder ours = OutputFolder.open(out, false);
    for (IllustratorKit.Logo l : IllustratorKit.LOGOS) {
      String png = l.folder() + "/" + l.name() + ".png";
      ImageFacts expected = ImageFacts.read(theirs, png);
      assertEquals(expected, ImageFacts.read(ours, png), png);
      assertEquals(IllustratorKit.PHYS_300, expected.pixelsPerMeter());
    }

    KitComparison.Result r = KitComparison.compare(theirs, ours,
        KitComparison.DEFAULT_TOLERANCE);
    List<String> differ = r.files().stream().filter(f -> !f.matches())
        .map(KitComparison.FileResult::path).sorted().toList();
    assertEquals(IllustratorKit.UNPLACEABLE.stream().map(s -> s[0]).sorted().toList(), differ);
    System.out.printf(Locale.ROOT, "illustrator kit: %d placed, %d reported; mean %.3f, max %d,"
        + " worst %s %.3f%n", IllustratorKit.LOGOS.size(), differ.size(), r.mean(), r.max(),
        r.worst().path(), r.worst().comparison().mean());
    assertTrue(r.worst().comparison().mean() <= KitComparison.DEFAULT_TOLERANCE);

    // Once the strays are gone from the kit, compare passes.
    for (String[] stray : IllustratorKit.UNPLACEABLE) {
      Files.delete(kit.resolve(stray[0]));
    }
    Run compare = Run.of("compare", kit.toString(), "--out", out.toString());
    assertEquals(0, compare.exit(), compare.out() + compare.err());
    assertTrue(compare.out().contains("compare: 5 files, 5 match, 0 differ"), compare.out());
  }

  @Test
  void aRenderThatMovesTheArtFailsTheComparison() throws Exception {
    Path kit = IllustratorKit.write(dir.resolve("kit"));
    Path config = dir.resolve("logokit.yaml");
    Run.of("import", kit.toString(), "--write", config.toString());
    // The same sizes and pHYs, but the art centred and scaled to 90%: compare must see it.
    String moved = Files.readString(config).replace("{size: 300dpi-pt, suffix: \"\"}",
        "{size: 300dpi-pt, box: 503x168, padding: 5%, suffix: \"\"}");
    Files.writeString(config, moved);
    Path out = dir.resolve("out");
    Run.of("render", "-q", "--assets", kit.toString(), "--config", config.toString(), "--out",
        out.toString());
    Path report = dir.resolve("report");
    Run compare = Run.of("compare", kit.toString(), "--out", out.toString(), "--report",
        report.toString(), "-q");
    assertEquals(1, compare.exit());
    assertTrue(compare.out().contains("p-horizontal-color.png: pixels differ"), compare.out());
    assertTrue(Files.readString(report.resolve("index.html")).contains("p-horizontal-color.png"));
  }
}
