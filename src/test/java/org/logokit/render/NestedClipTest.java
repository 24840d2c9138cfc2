package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.logokit.screen.SvgException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.logokit.TestFiles;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;

/**
 * A clip path whose child is clipped itself, the way Illustrator writes clipped groups. Batik
 * 1.19 subtracts the inner clip instead of intersecting it, so the minimal case painted nothing.
 * Coverage is measured from real renders at 100x100 and compared with the area the geometry
 * gives: a circle r=40 covers 50.27% of the canvas, and its part left of x=30 covers 9.83%.
 */
class NestedClipTest {
  /** A 100x100 canvas filled in blue through {@code url(#inner)}. */
  private static String svg(String defs) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" width=\"100\""
        + " height=\"100\">" + defs
        + "<rect width=\"100\" height=\"100\" fill=\"#3397d4\" clip-path=\"url(#inner)\"/></svg>";
  }

  private static final String CIRCLE = "cx=\"50\" cy=\"50\" r=\"40\"";
  private static final String LEFT_30 =
      "<clipPath id=\"left\"><rect x=\"0\" y=\"0\" width=\"30\" height=\"100\"/></clipPath>";

  /** Coverage points are rounded by anti-aliasing and Java2D's clip; a wrong clip is off by 10+. */
  private static final double TOLERANCE = 1.0;

  @Test
  void minimalCaseFromTheIssuePaintsTheCircle() throws Exception {
    String s = svg("<clipPath id=\"outer\"><rect x=\"0\" y=\"0\" width=\"100\" height=\"100\"/>"
        + "</clipPath><clipPath id=\"inner\"><circle " + CIRCLE + " clip-path=\"url(#outer)\"/>"
        + "</clipPath>");
    assertCoverage(circle(40), s);
    SvgException batik = assertThrows(SvgException.class, () -> coverage(s, false));
    assertTrue(batik.getMessage().startsWith("painted nothing"), "Batik's own bridge: "
        + batik.getMessage());
  }

  @Test
  void innerClipAsAttributeIsIntersected() throws Exception {
    assertCoverage(circleLeftOf(40, 30), svg(LEFT_30 + "<clipPath id=\"inner\"><circle "
        + CIRCLE + " clip-path=\"url(#left)\"/></clipPath>"));
  }

  @Test
  void innerClipThroughACssClassIsIntersected() throws Exception {
    assertCoverage(circleLeftOf(40, 30), svg("<style>.cls-2{clip-path:url(#left)}</style>"
        + LEFT_30 + "<clipPath id=\"inner\"><circle class=\"cls-2\" " + CIRCLE + "/></clipPath>"));
  }

  @Test
  void innerClipThroughAStyleAttributeIsIntersected() throws Exception {
    assertCoverage(circleLeftOf(40, 30), svg(LEFT_30 + "<clipPath id=\"inner\"><circle "
        + CIRCLE + " style=\"clip-path:url(#left)\"/></clipPath>"));
  }

  @Test
  void clipOnTheClipPathElementItselfIsIntersected() throws Exception {
    assertCoverage(circleLeftOf(40, 30), svg(LEFT_30
        + "<clipPath id=\"inner\" clip-path=\"url(#left)\"><circle " + CIRCLE + "/></clipPath>"));
  }

  @Test
  void nestedTwoDeep() throws Exception {
    // inner = the left strip, clipped by the circle, itself clipped by the whole canvas.
    assertCoverage(circleLeftOf(40, 30), svg(
        "<clipPath id=\"all\"><rect width=\"100\" height=\"100\"/></clipPath>"
        + "<clipPath id=\"round\"><circle " + CIRCLE + " clip-path=\"url(#all)\"/></clipPath>"
        + "<clipPath id=\"inner\"><rect width=\"30\" height=\"100\" clip-path=\"url(#round)\"/>"
        + "</clipPath>"));
  }

  @Test
  void innerClipMovesWithTheChildsTransform() throws Exception {
    // The strip is in the circle's own coordinates: x < -20 there is x < 30 on the canvas.
    assertCoverage(circleLeftOf(40, 30), svg(
        "<clipPath id=\"left\"><rect x=\"-50\" y=\"-50\" width=\"30\" height=\"100\"/></clipPath>"
        + "<clipPath id=\"inner\"><circle r=\"40\" transform=\"translate(50 50)\""
        + " clip-path=\"url(#left)\"/></clipPath>"));
  }

  @Test
  void clipPathTransformAppliesToTheIntersection() throws Exception {
    // Drawn at half size around the origin, scaled up by the clipPath's transform.
    assertCoverage(circleLeftOf(40, 30), svg(
        "<clipPath id=\"left\"><rect x=\"0\" y=\"0\" width=\"15\" height=\"50\"/></clipPath>"
        + "<clipPath id=\"inner\" transform=\"scale(2)\"><circle cx=\"25\" cy=\"25\" r=\"20\""
        + " clip-path=\"url(#left)\"/></clipPath>"));
  }

  @Test
  void objectBoundingBoxUnitsOnTheInnerClip() throws Exception {
    // 0.375 of the circle's 80-wide box is 30: the strip x < 40.
    assertCoverage(circleLeftOf(40, 40), svg(
        "<clipPath id=\"left\" clipPathUnits=\"objectBoundingBox\"><rect width=\"0.375\""
        + " height=\"1\"/></clipPath><clipPath id=\"inner\"><circle " + CIRCLE
        + " clip-path=\"url(#left)\"/></clipPath>"));
  }

  @Test
  void objectBoundingBoxUnitsOnTheOuterClip() throws Exception {
    // The circle's box is 0.1..0.9 of the rect's: 0.25 of it ends at 0.3, x = 30.
    assertCoverage(circleLeftOf(40, 30), svg(
        "<clipPath id=\"left\" clipPathUnits=\"objectBoundingBox\"><rect width=\"0.25\""
        + " height=\"1\"/></clipPath><clipPath id=\"inner\" clipPathUnits=\"objectBoundingBox\">"
        + "<circle cx=\"0.5\" cy=\"0.5\" r=\"0.4\" clip-path=\"url(#left)\"/></clipPath>"));
  }

  static List<Path> realMasters() throws Exception {
    try (Stream<Path> s = Files.list(TestFiles.RESOURCES.resolve("real"))) {
      return s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
  }

  @Test
  void realCorpusIsNotEmpty() throws Exception {
    assertFalse(realMasters().isEmpty());
  }

  /** Without nested clips the corrected bridge must paint exactly what Batik's does. */
  @ParameterizedTest
  @MethodSource("realMasters")
  void realMastersPaintAsBeforeWhereNothingIsNested(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(pixels(bytes, false), pixels(bytes, true), file.toString());
  }

  private static int[] pixels(byte[] svg, boolean fix) throws Exception {
    SvgMaster m = SvgLoader.load(svg, "file:///master.svg", Limits.DEFAULT, Scheme.LIGHT,
        new Phases(), fix);
    double scale = 128 / m.size().longestSide();
    int w = Math.max(1, (int) Math.round(m.size().width() * scale));
    int h = Math.max(1, (int) Math.round(m.size().height() * scale));
    return m.paint(w, h).getRGB(0, 0, w, h, null, 0, w);
  }

  private static void assertCoverage(double expected, String svg) throws Exception {
    assertEquals(expected, coverage(svg, true), TOLERANCE, svg);
  }

  /** Percent of the canvas covered: alpha summed over every pixel. */
  private static double coverage(String svg, boolean fix) throws Exception {
    SvgMaster m = SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:///t.svg",
        Limits.DEFAULT, Scheme.LIGHT, new Phases(), fix);
    BufferedImage img = m.paint(100, 100);
    double sum = 0;
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 100; x++) {
        sum += (img.getRGB(x, y) >>> 24) / 255.0;
      }
    }
    return sum / 100;
  }

  /** Percent of 100x100 covered by a circle of radius r. */
  private static double circle(double r) {
    return Math.PI * r * r / 100;
  }

  /** Percent covered by the part of the circle r around (50, 50) left of x. */
  private static double circleLeftOf(double r, double x) {
    double d = 50 - x; // the chord's distance from the centre
    return (r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d)) / 100;
  }
}
