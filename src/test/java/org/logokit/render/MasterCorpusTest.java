package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.logokit.TestFiles;
import org.logokit.kit.Limits;

/** Every master shipped in assets/ loads and paints something at 64 px. */
class MasterCorpusTest {
  static List<Path> masters() throws Exception {
    try (Stream<Path> s = Files.list(TestFiles.ASSETS)) {
      return s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
  }

  @Test
  void corpusIsNotEmpty() throws Exception {
    assertFalse(masters().isEmpty(), "no masters in " + TestFiles.ASSETS);
  }

  @ParameterizedTest
  @MethodSource("masters")
  void rendersSomething(Path svg) throws Exception {
    SvgMaster master = SvgLoader.load(Files.readAllBytes(svg), svg.toUri().toString(),
        Limits.DEFAULT);
    double longest = master.size().longestSide();
    int w = (int) Math.round(64 * master.size().width() / longest);
    int h = (int) Math.round(64 * master.size().height() / longest);
    BufferedImage img = master.paint(w, h);
    assertEquals(w, img.getWidth());
    long painted = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        painted += (img.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
      }
    }
    assertTrue(painted > (long) w * h / 20, svg + ": only " + painted + " pixels painted");
  }
}
