package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.logokit.screen.SvgException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.plan.ContentBox;

/**
 * A paint that leaves the canvas blank though the master draws is a failure, not a silent empty
 * PNG. The renders are real: the nested-clip master with Batik's own (blank-rendering)
 * clip bridge, so the check is proved on the failure it exists for.
 */
class BlankCanvasTest {
  private static final String NESTED_CLIP = "<svg xmlns=\"http://www.w3.org/2000/svg\""
      + " viewBox=\"0 0 100 100\" width=\"100\" height=\"100\">"
      + "<clipPath id=\"outer\"><rect x=\"0\" y=\"0\" width=\"100\" height=\"100\"/></clipPath>"
      + "<clipPath id=\"inner\"><circle cx=\"50\" cy=\"50\" r=\"40\" clip-path=\"url(#outer)\"/>"
      + "</clipPath><rect width=\"100\" height=\"100\" fill=\"#3397d4\""
      + " clip-path=\"url(#inner)\"/></svg>";

  @Test
  void batiksBlankRenderOfANestedClipFailsWithItsReason() throws Exception {
    SvgMaster m = load(NESTED_CLIP, false);
    SvgException e = assertThrows(SvgException.class, () -> m.paint(64, 64));
    assertEquals("painted nothing: fully transparent at 64x64 px, though the master draws "
        + "within (0, 0)-(100, 100) of its 100x100 px", e.getMessage());
  }

  @Test
  void blankOnABackgroundFailsToo() throws Exception {
    SvgMaster m = load(NESTED_CLIP, false);
    SvgException e = assertThrows(SvgException.class,
        () -> m.paint(80, 80, new ContentBox(8, 8, 64, 64, 0xffffffff)));
    assertTrue(e.getMessage().startsWith(
        "painted nothing: only the background #ffffffff at 80x80 px"), e.getMessage());
  }

  @Test
  void theSameMasterWithTheClipFixPaints() throws Exception {
    BufferedImage img = load(NESTED_CLIP, true).paint(64, 64);
    assertEquals(0xff, img.getRGB(32, 32) >>> 24);
  }

  @Test
  void shapesOutsideTheCanvasArePaintingNothing() throws Exception {
    SvgException e = assertThrows(SvgException.class, () -> load(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
        + "<rect x=\"200\" y=\"10\" width=\"50\" height=\"20\" fill=\"red\"/></svg>", true)
        .paint(32, 32));
    assertTrue(e.getMessage().endsWith("draws within (200, 10)-(250, 30) of its 100x100 px"),
        e.getMessage());
  }

  /** A master that draws nothing asks for a transparent image: that is not a failure. */
  @Test
  void aMasterThatDrawsNothingRendersTransparentWithoutFailing() throws Exception {
    for (String body : new String[] {"", "<g/>",
        "<rect width=\"10\" height=\"10\" fill=\"none\"/>"}) {
      BufferedImage img = load("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
          + " height=\"10\">" + body + "</svg>", true).paint(16, 16);
      for (int y = 0; y < 16; y++) {
        for (int x = 0; x < 16; x++) {
          assertEquals(0, img.getRGB(x, y) >>> 24, body);
        }
      }
    }
  }

  @Test
  void aMasterOfOneFlatColourIsNotBlank() throws Exception {
    BufferedImage img = load("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
        + " height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#ffffff\"/></svg>", true)
        .paint(8, 8, new ContentBox(0, 0, 8, 8, 0xff000000));
    assertEquals(0xffffffff, img.getRGB(4, 4));
  }

  private static SvgMaster load(String svg, boolean clipFix) throws SvgException {
    return SvgLoader.load(svg.getBytes(StandardCharsets.UTF_8), "file:///t.svg", Limits.DEFAULT,
        Scheme.LIGHT, new Phases(), clipFix);
  }
}
