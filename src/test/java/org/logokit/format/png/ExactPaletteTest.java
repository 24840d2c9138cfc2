package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ExactPaletteTest {
  /** Colours numbered in order of first appearance, every pixel kept exactly. */
  @Test
  void numbersColoursInOrderOfFirstAppearanceAndKeepsEveryPixel() {
    BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
    int[] argb = {0x80ff0000, 0xff00ff00, 0x80ff0000, 0x00000000, 0xff0000ff, 0xff00ff00};
    img.setRGB(0, 0, 3, 2, argb, 0, 3);
    BufferedImage palette = ExactPalette.of(img);
    assertNotNull(palette);
    java.awt.image.IndexColorModel model =
        (java.awt.image.IndexColorModel) palette.getColorModel();
    assertEquals(0x80ff0000, model.getRGB(0));
    assertEquals(0xff00ff00, model.getRGB(1));
    assertEquals(0, model.getAlpha(2));
    assertEquals(0xff0000ff, model.getRGB(3));
    int[] back = palette.getRGB(0, 0, 3, 2, null, 0, 3);
    for (int i = 0; i < argb.length; i++) {
      assertEquals(argb[i] >>> 24 == 0 ? 0 : argb[i], back[i] >>> 24 == 0 ? 0 : back[i], "" + i);
    }
  }

  @Test
  void moreThan256ColoursHasNoPalette() {
    assertNull(ExactPalette.of(PngEncoderTest.gradient()));
  }

  @Test
  void otherImageTypesAreLeftToPngencoder() {
    assertNull(ExactPalette.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)));
  }
}
