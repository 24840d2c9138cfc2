package org.logokit.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.pipeline.Converter;

/** Java 25's jaxp.properties stops at 100 levels; logokit's own budget (200) decides. */
class XmlDepthTest {
  @TempDir Path dir;

  @Test
  void aMasterNested150DeepRendersWithinLogokitsBudgetOf200() throws Exception {
    Path svg = dir.resolve("deep.svg");
    Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
        + "<g>".repeat(150) + "<rect width=\"10\" height=\"10\"/>" + "</g>".repeat(150)
        + "</svg>");
    byte[] png = Converter.convert(svg, new Target.Pixels(10), org.logokit.format.Format.PNG,
        Scheme.LIGHT, 0, Limits.DEFAULT);
    assertEquals(0xff000000, TestFiles.decode(png).getRGB(5, 5), "the rect is painted");
  }
}
