package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.logokit.TestFiles;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.verify.ImageComparison;

class SchemeTest {
  static BufferedImage render(String master, Scheme scheme, int px) throws Exception {
    Path svg = TestFiles.ASSETS.resolve(master);
    return SvgLoader.load(Files.readAllBytes(svg), svg.toUri().toString(), Limits.DEFAULT, scheme)
        .paint(px, px);
  }

  /** The proof the issue asks for: one master, both published variants, pixel for pixel. */
  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {16, 200, 625, 1024})
  void xmppLogoDarkIsWhiteTextAndLightIsBlackText(int px) throws Exception {
    ImageComparison dark = ImageComparison.of(render("xmpp_logo.svg", Scheme.DARK, px),
        render("xmpp_logo_(white_text).svg", Scheme.LIGHT, px));
    assertTrue(dark.identical(), "dark differs from white_text: " + dark);
    ImageComparison light = ImageComparison.of(render("xmpp_logo.svg", Scheme.LIGHT, px),
        render("xmpp_logo_(black_text).svg", Scheme.LIGHT, px));
    assertTrue(light.identical(), "light differs from black_text: " + light);
  }

  @Test
  void mastersWithoutADarkRuleLookTheSameInBoth() throws Exception {
    assertTrue(ImageComparison.of(render("xmpp_black_logo.svg", Scheme.DARK, 64),
        render("xmpp_black_logo.svg", Scheme.LIGHT, 64)).identical());
  }

  @Test
  void rulesAfterTheMediaBlockAreKept() throws Exception {
    // Batik alone drops the media block and the rule after it: the square would stay red.
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><style>"
        + "rect { fill: red } @media (prefers-color-scheme: dark) { rect { fill: blue } } "
        + "#r { stroke: none } rect.b { fill: lime }</style>"
        + "<rect id=\"r\" class=\"b\" width=\"10\" height=\"10\"/></svg>";
    BufferedImage light = SvgLoader.load(svg.getBytes(), "file:/t.svg", Limits.DEFAULT,
        Scheme.LIGHT).paint(10, 10);
    assertEquals(0xff00ff00, light.getRGB(5, 5));
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "(prefers-color-scheme: dark)|dark|true",
    "(prefers-color-scheme: dark)|light|false",
    "(prefers-color-scheme:light)|light|true",
    "screen and (prefers-color-scheme: dark)|dark|true",
    "print and (prefers-color-scheme: dark)|dark|false",
    "not all and (prefers-color-scheme: dark)|light|true",
    "(min-width: 600px)|light|false",
    "screen|light|true",
    "print|dark|false",
    "print, (prefers-color-scheme: dark)|dark|true",
  })
  void mediaQueries(String query, String scheme, boolean holds) {
    assertEquals(holds, MediaQueries.holds(query, Scheme.parse(scheme)));
  }

  @Test
  void nestedBlocksAndLaterRulesSurviveTheRewrite() {
    String css = "a{x:1} @media screen { @media (prefers-color-scheme: dark) { b{x:2} } c{x:3} }"
        + " @media print { d{x:4} } e{x:5}";
    String dark = MediaQueries.resolve(css, Scheme.DARK).replaceAll("\\s+", " ");
    assertEquals("a{x:1} b{x:2} c{x:3} e{x:5}", dark);
    String light = MediaQueries.resolve(css, Scheme.LIGHT);
    assertFalse(light.contains("b{x:2}"));
    assertTrue(light.contains("c{x:3}") && light.endsWith("e{x:5}"), light);
  }
}
