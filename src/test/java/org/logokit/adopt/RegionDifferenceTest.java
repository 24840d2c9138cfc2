package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.write.OutputFolder;

/**
 * A render that drops part of the artwork fails compare, though the file's mean hides it: the
 * worst region ({@link RegionDifference}) sees what the whole-file mean averages away.
 */
class RegionDifferenceTest {
  @TempDir Path dir;

  @Test
  void aLocalLossUnderTheFileMeanFailsOnItsWorstRegion() throws Exception {
    Path kit = dir.resolve("kit");
    ConventionKit.Art a = ConventionKit.art(200, 100, true);
    ConventionKit.master(kit.resolve("mark.svg"), a);
    // The export has a mark the master does not draw (as a blend mode Batik ignores would
    // lose it): 12x12 px of 20000, a mean of about 0.5 over the file.
    BufferedImage theirs = ConventionKit.paint(a, 200, 100);
    Graphics2D g = theirs.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(96, 6, 12, 12);
    g.dispose();
    ConventionKit.png(kit.resolve("mark.png"), theirs, 3780);
    Path config = dir.resolve("logokit.yaml");
    assertEquals(0, Run.of("import", kit.toString(), "--write", config.toString()).exit());
    Path out = dir.resolve("out");
    assertEquals(0, Run.of("render", "-q", "--assets", kit.toString(), "--config",
        config.toString(), "--out", out.toString()).exit());

    KitComparison.Result r = KitComparison.compare(OutputFolder.open(kit, false),
        OutputFolder.open(out, false), KitComparison.DEFAULT_TOLERANCE);
    KitComparison.FileResult f = r.files().stream().filter(x -> x.path().equals("mark.png"))
        .findFirst().orElseThrow();
    assertTrue(f.comparison().mean() < KitComparison.DEFAULT_TOLERANCE, f.toString());
    assertTrue(f.region().mean() > RegionDifference.DEFAULT_TOLERANCE, f.toString());
    assertTrue(f.problem().startsWith("a region differs: mean "), f.problem());

    Run compare = Run.of("compare", kit.toString(), "--out", out.toString(), "-q");
    assertEquals(1, compare.exit(), compare.out());
    assertTrue(compare.out().contains("mark.png: a region differs"), compare.out());
    // With the region measure switched off, the file's mean alone passes it.
    assertEquals(0, Run.of("compare", kit.toString(), "--out", out.toString(), "-q",
        "--region-tolerance", "255").exit());
  }

  /** compare converts each decoded image once; every layout reads as getRGB reads it. */
  @Test
  void theConversionBeforeMeasuringKeepsEveryPixel() {
    java.util.Random random = new java.util.Random(18);
    for (int type : new int[] {BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_3BYTE_BGR,
        BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_USHORT_GRAY,
        BufferedImage.TYPE_BYTE_INDEXED}) {
      BufferedImage img = new BufferedImage(37, 23, type);
      for (int y = 0; y < 23; y++) {
        for (int x = 0; x < 37; x++) {
          img.setRGB(x, y, random.nextInt());
        }
      }
      BufferedImage argb = KitComparison.argb(img);
      BufferedImage part = argb.getSubimage(3, 2, 30, 20); // a raster with an offset
      int[] row = new int[30];
      for (int y = 0; y < 20; y++) {
        org.logokit.verify.ImageComparison.readRow(part, y, row);
        for (int x = 0; x < 30; x++) {
          assertEquals(img.getRGB(x + 3, y + 2), row[x], "sub-image of type " + type);
        }
      }
      int[] whole = new int[37];
      for (int y = 0; y < 23; y++) {
        org.logokit.verify.ImageComparison.readRow(argb, y, whole);
        for (int x = 0; x < 37; x++) {
          assertEquals(img.getRGB(x, y), whole[x], "row read of type " + type);
        }
      }
      for (int y = 0; y < 23; y++) {
        for (int x = 0; x < 37; x++) {
          assertEquals(img.getRGB(x, y), argb.getRGB(x, y), "type " + type + " at " + x + ","
              + y);
        }
      }
    }
  }

  @Test
  void identicalImagesHaveNoRegionDifference() {
    BufferedImage img = ConventionKit.paint(ConventionKit.art(60, 30, true), 60, 30);
    assertEquals(0, RegionDifference.of(img, img).mean());
  }
}
