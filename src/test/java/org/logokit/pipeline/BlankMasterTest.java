package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.KitLoader;

/** A master that renders blank fails with its reason and keeps its earlier files. */
class BlankMasterTest {
  @TempDir Path dir;

  @Test
  void aMasterThatPaintsNothingFailsAndKeepsItsFiles() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own, 16px]");
    Path out = dir.resolve("out");
    assertTrue(render(assets, out).ok());
    byte[] before = Files.readAllBytes(out.resolve("b/b-16px.png"));

    // Everything it draws lies right of its 20x20 canvas.
    TestFiles.write(assets.resolve("b.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
        + " width=\"20\" height=\"20\"><rect x=\"40\" width=\"20\" height=\"20\"/></svg>");
    RenderReport report = render(assets, out);

    assertEquals(1, report.failures().size());
    Diagnostic d = report.failures().get(0);
    assertEquals(assets.resolve("b.svg").toString(), d.file());
    assertTrue(d.message().startsWith("painted nothing: fully transparent at 20x20 px, though "
        + "the master draws within (40, 0)-(60, 20)"), d.message());
    assertEquals(1, d.toString().lines().count());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("b/b-16px.png")));
  }

  private static RenderReport render(Path assets, Path out) throws Exception {
    return KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, out, 1));
  }
}
