package org.logokit.adopt;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.logokit.TestFiles;

/**
 * A small kit laid out and exported as Illustrator does it: {@code <name>-<layout>-<colour>}
 * folders with the SVG and its PNG side by side, the SVG's user units being points, the PNG at
 * 300 ppi (scale 300/72, canvas rounded up, pHYs 11811 px/m), one canvas a pixel wider. The
 * PNGs are painted here with Java2D from the same shapes the SVGs draw, not by logokit, so a
 * render that matches them is evidence, not an echo. Three files no config can reproduce are
 * among them: one with no master, one on a square canvas with its art not centred, one at a
 * size no target gives.
 */
final class IllustratorKit {
  static final double SCALE = 300 / 72.0;
  static final int PHYS_300 = 11811;

  /** A master: its folder, its viewBox size in points, what it draws. */
  record Logo(String folder, String name, double width, double height, List<Mark> marks,
      int extraWidth) {}

  /** A rectangle or an ellipse in user units, with its colour. */
  record Mark(boolean ellipse, double x, double y, double w, double h, String colour) {
    Shape shape() {
      return ellipse ? new Ellipse2D.Double(x, y, w, h) : new Rectangle2D.Double(x, y, w, h);
    }

    String svg() {
      return ellipse ? String.format(Locale.ROOT,
          "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"%s\"/>", x + w / 2, y + h / 2,
          w / 2, h / 2, colour)
          : String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
              + "fill=\"%s\"/>", x, y, w, h, colour);
    }
  }

  static final List<Logo> LOGOS = List.of(
      new Logo("projects/p/horizontal/color", "p-horizontal-color", 120.5, 40.25, List.of(
          new Mark(true, 2, 2, 36.25, 36.25, "#e4572e"),
          new Mark(false, 44.5, 10, 72, 20.25, "#17bebb")), 0),
      new Logo("projects/p/horizontal/black", "p-horizontal-black", 120.5, 40.25, List.of(
          new Mark(true, 2, 2, 36.25, 36.25, "#000000"),
          new Mark(false, 44.5, 10, 72, 20.25, "#000000")), 0),
      new Logo("projects/p/stacked/color", "p-stacked-color", 60.3, 72.9, List.of(
          new Mark(true, 12.15, 1, 36, 36, "#e4572e"),
          new Mark(false, 3, 44.6, 54.3, 20.3, "#17bebb")), 0),
      new Logo("projects/p/icon/color", "p-icon-color", 48, 48, List.of(
          new Mark(true, 4, 4, 40, 40, "#e4572e"),
          new Mark(false, 14, 20, 20, 8, "#ffffff")), 1),
      new Logo("projects/q/horizontal/white", "q-horizontal-white", 99.75, 30, List.of(
          new Mark(false, 1, 1, 28, 28, "#ffffff"),
          new Mark(true, 34, 6, 60, 18, "#ffffff")), 0));

  /** The exports no target can make, each with the reason import must give. */
  static final List<String[]> UNPLACEABLE = List.of(
      new String[] {"projects/orphan/color/orphan-color.png", "no master"},
      new String[] {"projects/p/horizontal/color/p-horizontal-color-square.png",
          "not where a centred placement puts it"},
      new String[] {"projects/p/icon/color/p-icon-color-web.png", "no target explains"});

  private IllustratorKit() {}

  /** Writes the kit into {@code dir}: 5 masters, their 5 PNGs and the 3 unplaceable PNGs. */
  static Path write(Path dir) throws IOException {
    for (Logo l : LOGOS) {
      StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg id=\"Layer_1\" data-name=\"Layer 1\" "
          + "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\">", l.width(),
          l.height()));
      l.marks().forEach(m -> svg.append(m.svg()));
      TestFiles.write(dir.resolve(l.folder()).resolve(l.name() + ".svg"), svg + "</svg>\n");
      // Rounded up, but not for the noise of the product (30 x 300/72 = 125.00000000000001).
      int w = (int) Math.ceil(l.width() * SCALE - 1e-9) + l.extraWidth();
      int h = (int) Math.ceil(l.height() * SCALE - 1e-9);
      Files.write(dir.resolve(l.folder()).resolve(l.name() + ".png"),
          png(paint(l, w, h), PHYS_300));
    }
    Logo p = LOGOS.get(0);
    Files.createDirectories(dir.resolve("projects/orphan/color"));
    Files.write(dir.resolve(UNPLACEABLE.get(0)[0]), png(paint(p, 503, 168), PHYS_300));
    Files.write(dir.resolve(UNPLACEABLE.get(1)[0]), png(paint(p, 300, 300), PHYS_300));
    // 100x100 at 76.2 DPI (3000 px/m, no exporter's DPI): no own, <D>dpi, <D>dpi-pt or <N>px
    // of a 48 pt square gives that.
    Files.write(dir.resolve(UNPLACEABLE.get(2)[0]), png(paint(LOGOS.get(3), 100, 100), 3000));
    return dir;
  }

  /** The logo at 300/72 from the top-left corner, as Illustrator exports it. */
  static BufferedImage paint(Logo l, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(SCALE, SCALE);
    for (Mark m : l.marks()) {
      g.setColor(Color.decode(m.colour()));
      g.fill(m.shape());
    }
    g.dispose();
    return img;
  }

  /** A PNG with a pHYs chunk, written by the JDK's writer. */
  static byte[] png(BufferedImage img, int pixelsPerMeter) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    IIOMetadata meta = writer.getDefaultImageMetadata(
        ImageTypeSpecifier.createFromRenderedImage(img), null);
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(pixelsPerMeter));
    phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(pixelsPerMeter));
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    meta.mergeTree("javax_imageio_png_1.0", root);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(new IIOImage(img, null, meta));
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
