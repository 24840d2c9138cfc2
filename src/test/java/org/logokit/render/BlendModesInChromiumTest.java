package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.HeadlessChromium;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.verify.ImageComparison;

/**
 * Every blend mode against a reference renderer's pixels (issue 18): one master with a tile per
 * mode, each a gradient backdrop, partly translucent, under a circle with a radial gradient
 * blended by that mode, rendered by logokit and by Debian's headless Chromium (the SVG opened
 * as a file on a transparent page). Each tile's mean difference must be within {@link #MEAN}, as
 * compare's per-file tolerance; and the same tile drawn with {@code normal}, as Batik alone
 * draws it, must be far from Chromium's, so the measure tells a blend from its absence.
 */
class BlendModesInChromiumTest {
  static final List<String> MODES = List.of("normal", "multiply", "screen", "overlay", "darken",
      "lighten", "color-dodge", "color-burn", "hard-light", "soft-light", "difference",
      "exclusion", "hue", "saturation", "color", "luminosity");
  static final int TILE = 64;
  static final int COLUMNS = 4;
  /** compare's default per-file tolerance, on premultiplied RGBA 0..255. */
  static final double MEAN = 2.5;

  @TempDir Path dir;

  static String master(boolean blend) {
    int size = TILE * COLUMNS;
    StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + size + "\" height=\"" + size + "\"><defs>"
        + "<linearGradient id=\"ground\" x2=\"1\" y2=\"1\"><stop offset=\"0\" stop-color=\"#e63946\"/>"
        + "<stop offset=\".5\" stop-color=\"#f1fa3c\"/><stop offset=\"1\" stop-color=\"#1d3557\"/>"
        + "</linearGradient><radialGradient id=\"disc\"><stop offset=\"0\" stop-color=\"#a8dadc\"/>"
        + "<stop offset=\".6\" stop-color=\"#457b9d\"/><stop offset=\"1\" stop-color=\"#2a9d8f\"/>"
        + "</radialGradient></defs>");
    for (int i = 0; i < MODES.size(); i++) {
      int x = i % COLUMNS * TILE;
      int y = i / COLUMNS * TILE;
      s.append("<g transform=\"translate(").append(x).append(' ').append(y).append(")\">")
          .append("<rect width=\"44\" height=\"64\" fill=\"url(#ground)\"/>")
          .append("<rect x=\"44\" width=\"20\" height=\"64\" fill=\"#6a4c93\" opacity=\".5\"/>")
          .append("<circle cx=\"36\" cy=\"32\" r=\"26\" fill=\"url(#disc)\" style=\"")
          .append(blend ? "mix-blend-mode:" + MODES.get(i) : "").append("\"/></g>");
    }
    return s.append("</svg>").toString();
  }

  @Test
  void everyModeIsDrawnAsChromiumDrawsIt() throws Exception {
    assumeTrue(HeadlessChromium.installed(), "Debian's Chromium is not installed at "
        + HeadlessChromium.BINARY + " (apt-get install chromium; .ci/run installs it)");
    int size = TILE * COLUMNS;
    Path svg = Files.writeString(dir.resolve("blend.svg"), master(true));
    BufferedImage chromium = screenshot(svg, size);
    BufferedImage ours = load(master(true)).paint(size, size);
    BufferedImage batik = load(master(false)).paint(size, size);
    List<String> far = new ArrayList<>();
    for (int i = 0; i < MODES.size(); i++) {
      int x = i % COLUMNS * TILE;
      int y = i / COLUMNS * TILE;
      BufferedImage ref = chromium.getSubimage(x, y, TILE, TILE);
      double mine = ImageComparison.of(copy(ours.getSubimage(x, y, TILE, TILE)), copy(ref))
          .mean();
      double plain = ImageComparison.of(copy(batik.getSubimage(x, y, TILE, TILE)), copy(ref))
          .mean();
      System.out.printf(Locale.ROOT, "blend %-11s logokit %.2f, without the blend %.2f%n",
          MODES.get(i), mine, plain);
      if (mine > MEAN) {
        far.add(MODES.get(i) + " " + mine);
      }
      if (i > 0) {
        assertTrue(plain > 2 * MEAN, MODES.get(i) + ": the tile without its blend is only "
            + plain + " from Chromium's: the measure cannot tell them apart");
      }
    }
    assertEquals(List.of(), far, "tiles over " + MEAN + " from Chromium's");
  }

  private static SvgMaster load(String svg) throws Exception {
    return SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:/blend.svg",
        Limits.DEFAULT, Scheme.LIGHT, new Phases());
  }

  private BufferedImage screenshot(Path svg, int size) throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
      String session = chromium.open(svg.toUri().toString());
      chromium.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", size,
          "height", size, "deviceScaleFactor", 1, "mobile", false));
      chromium.send(session, "Emulation.setDefaultBackgroundColorOverride", Map.of("color",
          Map.of("r", 0, "g", 0, "b", 0, "a", 0)));
      JsonNode shot = chromium.send(session, "Page.captureScreenshot", Map.of("format", "png",
          "clip", Map.of("x", 0, "y", 0, "width", size, "height", size, "scale", 1)));
      byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
      Files.write(Path.of("target", "blend-modes-chromium.png"), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    }
  }

  private static BufferedImage copy(BufferedImage sub) {
    BufferedImage out = new BufferedImage(sub.getWidth(), sub.getHeight(),
        BufferedImage.TYPE_INT_ARGB);
    out.getGraphics().drawImage(sub, 0, 0, null);
    return out;
  }
}
