package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.logokit.TestFiles;

class WarmupTest {

  /** A warm-up that the screen refused or that painted nothing would warm up nothing. */
  @Test
  void theBuiltInLogoGoesThroughTheWholePipeline() throws Exception {
    BufferedImage png = TestFiles.decode(Warmup.render());
    assertEquals(16, png.getWidth());
    assertEquals(16, png.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        colours.add(png.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 10, "painted shapes, a gradient and edges: " + colours.size());
  }
}
