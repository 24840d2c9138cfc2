package org.logokit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ExactPaletteTest {
  /** The speed-up must not change a byte: the same PNG as pngencoder's own indexed mode. */
  @Test
  void givesTheSameBytesAsPngencodersIndexedMode() {
    BufferedImage img = PngEncoderTest.oneColour();
    BufferedImage palette = ExactPalette.of(img);
    assertNotNull(palette);
    byte[] ours = new com.pngencoder.PngEncoder().withBufferedImage(palette)
        .withCompressionLevel(6).withMultiThreadedCompressionEnabled(false).toBytes();
    byte[] theirs = new com.pngencoder.PngEncoder().withBufferedImage(img)
        .withCompressionLevel(6).withTryIndexedEncoding(true)
        .withMultiThreadedCompressionEnabled(false).toBytes();
    assertArrayEquals(theirs, ours);
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
