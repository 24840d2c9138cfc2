package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.logokit.TestFiles;
import org.logokit.write.OutputFolder;

/**
 * Kits made in one exporter's convention each, for {@link ConventionsTest}: real SVG masters and
 * PNGs painted with Java2D from the same shapes (as {@link IllustratorKit} does), at the scale,
 * canvas, pHYs and rounding the exporter uses, so that a render matching them is evidence.
 */
final class ConventionKit {
  private ConventionKit() {}

  /**
   * A master: its size in user units, whether its root states it in px ({@code width} and
   * {@code height}, as Inkscape writes) or only as a viewBox (Illustrator's points), its marks.
   */
  record Art(double width, double height, boolean sized, List<IllustratorKit.Mark> marks) {
    String svg() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
          + "%s viewBox=\"0 0 %s %s\">", sized ? String.format(Locale.ROOT,
              " width=\"%s\" height=\"%s\"", width, height) : "", width, height));
      marks.forEach(m -> s.append(m.svg()));
      return s.append("</svg>\n").toString();
    }
  }

  /** A two-colour mark on a {@code w x h} artboard: a disc and a bar, touching no edge. */
  static Art art(double w, double h, boolean sized) {
    double d = Math.min(w, h) * 0.8;
    return new Art(w, h, sized, List.of(
        new IllustratorKit.Mark(true, h * 0.1, (h - d) / 2, d, d, "#e4572e"),
        new IllustratorKit.Mark(false, w * 0.55, h * 0.3, w * 0.4, h * 0.4, "#17bebb")));
  }

  static void master(Path file, Art a) throws IOException {
    TestFiles.write(file, a.svg());
  }

  /** The art at {@code scale} from ({@code dx}, {@code dy}) on a {@code w x h} canvas. */
  static BufferedImage paint(Art a, int w, int h, double scale, double dx, double dy) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.translate(dx, dy);
    g.scale(scale, scale);
    for (IllustratorKit.Mark m : a.marks()) {
      g.setColor(Color.decode(m.colour()));
      g.fill(m.shape());
    }
    g.dispose();
    return img;
  }

  /** The art scaled to a {@code w x h} canvas from its corner (an export with no margin). */
  static BufferedImage paint(Art a, int w, int h) {
    return paint(a, w, h, w / a.width(), 0, 0);
  }

  /** A PNG with pHYs in px/m as the exporter wrote it. */
  static void png(Path file, BufferedImage img, int pixelsPerMeter) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, IllustratorKit.png(img, pixelsPerMeter));
  }

  /** A PNG with no pHYs, as {@code rsvg-convert} writes it. */
  static void pngWithoutPhys(Path file, BufferedImage img) throws IOException {
    Files.createDirectories(file.getParent());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    Files.write(file, out.toByteArray());
  }

  /**
   * Imports {@code kit}, renders the config import wrote, and checks that every placed export
   * is reproduced: its path, size and pHYs (exactly, when the kit's file has one) and its pixels
   * within compare's tolerances.
   *
   * @return the adoption, for the test's own checks
   */
  static Adoption importRenderCompare(Path dir, Path kit) throws Exception {
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertTrue(a.config() != null, a.reported().toString());
    Path config = dir.resolve(kit.getFileName() + ".yaml");
    Run imp = Run.of("import", kit.toString(), "--write", config.toString());
    assertTrue(imp.exit() <= 1, imp.err());
    Path out = dir.resolve(kit.getFileName() + "-out");
    Run render = Run.of("render", "-q", "--assets", kit.resolve(a.mastersRoot()).toString(),
        "--config", config.toString(), "--out", out.toString());
    assertEquals(0, render.exit(), render.err());
    KitComparison.Result r = KitComparison.compare(OutputFolder.open(
        kit.resolve(a.exportsRoot()), false), OutputFolder.open(out, false),
        KitComparison.DEFAULT_TOLERANCE);
    List<String> bad = new ArrayList<>();
    for (Adoption.Placement p : a.placed()) {
      String path = p.export().substring(a.exportsRoot().length());
      KitComparison.FileResult f = r.files().stream().filter(x -> x.path().equals(path))
          .findFirst().orElseThrow(() -> new AssertionError(path + " not compared"));
      boolean physSame = f.kit() == null || f.kit().pixelsPerMeter() < 0
          || f.kit().pixelsPerMeter() == f.render().pixelsPerMeter();
      if (!f.matches() || !physSame) {
        bad.add(path + ": " + f.problem() + " " + f.kit() + " " + f.render());
      }
    }
    assertEquals(List.of(), bad, a.config());
    // The figures for the closing note of issue 18, per convention.
    KitComparison.FileResult worst = r.worst();
    KitComparison.FileResult region = r.worstRegion();
    System.out.printf(Locale.ROOT, "convention kit %s: %d placed, %d reported, config %d lines;"
        + " compare mean %.3f, max %d, worst file %.3f, worst region %.1f%n", kit.getFileName(),
        a.placed().size(), a.reported().size(), a.config().split("\n").length, r.mean(),
        r.max(), worst == null ? 0 : worst.comparison().mean(),
        region == null ? 0 : region.region().mean());
    return a;
  }
}
