package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;

/**
 * {@code mix-blend-mode} and {@code isolation}, which Batik ignores: real masters rendered, the
 * pixels where the blended shape overlaps its backdrop compared with the formulas of W3C
 * Compositing and Blending Level 1 worked by hand. Chromium's pixels for every mode are in
 * {@code BlendModesInChromiumTest}.
 */
class BlendModesTest {
  /** A 40x20 master: an orange backdrop on the left half, a shape over all of it. */
  static String svg(String shapeStyle, String extra) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">" + extra
        + "<rect width=\"20\" height=\"20\" fill=\"#ff8000\"/>"
        + "<rect width=\"40\" height=\"20\" fill=\"#3366cc\" style=\"" + shapeStyle + "\"/>"
        + "</svg>";
  }

  static BufferedImage render(String svg) throws Exception {
    SvgMaster m = SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:/t.svg",
        Limits.DEFAULT, Scheme.LIGHT, new Phases());
    return m.paint(40, 20);
  }

  /** The overlap (left) and the shape alone over transparency (right), as #rrggbb. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // backdrop (1, .502, 0), source (.2, .4, .8)
      "normal, 3366cc",
      "multiply, 333300",       // (.2, .2008, 0)
      "screen, ffb3cc",         // cb + cs - cb cs = (1, .7012, .8)
      "darken, 336600",         // min
      "lighten, ff80cc",        // max
      "difference, cc1acc",     // |cb - cs| = (.8, .102, .8)
      "exclusion, cc80cc",      // cb + cs - 2 cb cs = (.8, .5004, .8)
      "hard-light, 666699",     // cs <= .5: cb 2cs; else screen(cb, 2cs - 1): (.4, .4016, .6)
      "overlay, ff6700",        // hardLight(cs, cb): (1, .4024, 0)
      "color-dodge, ffd500",    // cb / (1 - cs): (1, .8367, 0)
      "color-burn, ff0000",     // 1 - (1 - cb)/cs: (1, 0, 0)
  })
  void eachModeBlendsAsTheSpecSays(String mode, String expected) throws Exception {
    BufferedImage img = render(svg("mix-blend-mode:" + mode, ""));
    assertNear(Integer.parseInt(expected, 16), img.getRGB(10, 10), mode);
    assertNear(0x3366cc, img.getRGB(30, 10), mode + " over nothing is the source");
    assertEquals(255, img.getRGB(10, 10) >>> 24);
  }

  /** CSS-wide keywords Batik's CSS 2 engine does not know mean the initial value: normal. */
  @ParameterizedTest
  @CsvSource({"initial", "unset", "revert"})
  void aResetKeywordIsNormalAndNoWarning(String keyword) throws Exception {
    String svg = svg("mix-blend-mode:" + keyword, "<style>rect + rect { mix-blend-mode: "
        + "multiply }</style>");
    SvgMaster m = SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:/t.svg",
        Limits.DEFAULT, Scheme.LIGHT, new Phases());
    assertEquals(List.of(), m.warnings());
    assertNear(0x3366cc, m.paint(40, 20).getRGB(10, 10), keyword + " over a rule's multiply");
  }

  @Test
  void aStyleSheetRuleBlendsToo() throws Exception {
    BufferedImage img = render(svg("", "<style>rect + rect { mix-blend-mode: multiply }</style>"));
    assertNear(0x333300, img.getRGB(10, 10), "by a rule");
  }

  /** Opacity 0.5 multiplied: halfway between the backdrop and the multiplied colour. */
  @Test
  void opacityIsFoldedIntoTheBlend() throws Exception {
    BufferedImage img = render(svg("mix-blend-mode:multiply;opacity:.5", ""));
    // (1 - .5) * (1, .502, 0) + .5 * (.2, .2008, 0) = (.6, .3514, 0)
    assertNear(0x995a00, img.getRGB(10, 10), "half");
  }

  /** In an isolated group, the shape blends with the group's own content only: nothing. */
  @Test
  void anIsolatedGroupBlendsItsChildrenOnlyWithEachOther() throws Exception {
    String isolated = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
        + "<rect width=\"20\" height=\"20\" fill=\"#ff8000\"/><g style=\"isolation:isolate\">"
        + "<rect width=\"40\" height=\"20\" fill=\"#3366cc\" style=\"mix-blend-mode:multiply\"/>"
        + "</g></svg>";
    assertNear(0x3366cc, render(isolated).getRGB(10, 10), "isolated");
    assertNear(0x333300, render(isolated.replace("isolation:isolate", "")).getRGB(10, 10),
        "not isolated");
  }

  @Test
  void whatIsNotDrawnIsAWarning() throws Exception {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
        + "<rect width=\"40\" height=\"20\" fill=\"red\" stroke=\"blue\" style=\"paint-order:"
        + "stroke\"/><path d=\"M0 0L40 20\" stroke=\"blue\" vector-effect=\"non-scaling-stroke\""
        + "/><rect width=\"4\" height=\"4\" style=\"mix-blend-mode: plus-lighter\"/></svg>";
    SvgMaster m = SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:/t.svg",
        Limits.DEFAULT, Scheme.LIGHT, new Phases());
    assertEquals(List.of("paint-order 'stroke' is not drawn (Batik paints fill, then stroke, "
        + "then markers)", "vector-effect 'non-scaling-stroke' is not drawn (strokes scale with "
        + "the art)", "mix-blend-mode 'plus-lighter' is not a blend mode logokit draws: that "
        + "element is drawn as with 'normal'"), m.warnings());
  }

  /** A tspan has no node of its own in Batik's tree: its blend is said, not dropped. */
  @Test
  void aBlendOnAPartOfATextIsAWarning() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(TextFonts.machineHasFonts(),
        "this machine has no fonts: a master with text does not load");
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
        + "<text x=\"2\" y=\"15\" font-family=\"DejaVu Sans\">a<tspan style=\"mix-blend-mode:"
        + "multiply\">b</tspan></text></svg>";
    SvgMaster m = SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:/t.svg",
        Limits.DEFAULT, Scheme.LIGHT, new Phases());
    assertTrue(m.warnings().contains("mix-blend-mode 'multiply' on a part of a text (<tspan>) "
        + "is not drawn: it is drawn with the text"), m.warnings().toString());
  }

  /** A master cannot flood the log: values are cut short, and warnings counted past eight. */
  @Test
  void warningsAreShortAndFew() throws Exception {
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"40\" height=\"20\"><rect width=\"4\" height=\"4\" style=\"mix-blend-mode:"
        + "x".repeat(100_000) + "\"/>");
    for (int i = 0; i < 50; i++) {
      svg.append("<rect width=\"4\" height=\"4\" mix-blend-mode=\"v").append(i).append("\"/>");
    }
    SvgMaster m = SvgLoader.load(svg.append("</svg>").toString().getBytes(
        StandardCharsets.UTF_8), "file:/t.svg", Limits.DEFAULT, Scheme.LIGHT, new Phases());
    assertEquals(CompositingBuilder.MAX_WARNINGS + 1, m.warnings().size(), m.warnings()
        .toString());
    assertEquals("mix-blend-mode '" + "x".repeat(40) + "...' is not a blend mode logokit draws: "
        + "that element is drawn as with 'normal'", m.warnings().get(0));
    assertEquals("and 43 more uses of CSS that is not drawn", m.warnings().get(8));
  }

  static void assertNear(int expected, int argb, String what) {
    for (int shift = 0; shift <= 16; shift += 8) {
      int e = expected >> shift & 0xff;
      int a = argb >> shift & 0xff;
      assertTrue(Math.abs(e - a) <= 2, what + ": expected #" + Integer.toHexString(expected)
          + ", got #" + Integer.toHexString(argb & 0xffffff));
    }
  }
}
