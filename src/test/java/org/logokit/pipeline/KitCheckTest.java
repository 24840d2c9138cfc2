package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.kit.Kit;
import org.logokit.kit.KitLoader;
import org.logokit.plan.IntrinsicSize;
import org.logokit.screen.DeclaredSize;
import org.logokit.render.SvgLoader;
import org.logokit.verify.Finding;

/** The core's check: what every front end calls. */
class KitCheckTest {
  @TempDir Path dir;

  /** The findings of {@code check} without pixels. */
  static List<Finding> findings(Kit kit, Path assets, Path out) throws Exception {
    return KitCheck.begin(out).run(kit, assets, false, 1).findings();
  }

  @Test
  void aFreshRenderIsCurrentWithAndWithoutPixels() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own, 16px, svg]");
    Path out = dir.resolve("out");
    Kit kit = KitLoader.load(assets, null);
    KitRenderer.render(kit, new RenderOptions(assets, out, 1));
    assertEquals(List.of(), findings(kit, assets, out));
    KitCheck.Report pixels = KitCheck.begin(out).run(kit, assets, true, 1);
    assertTrue(pixels.current(), pixels.toString());
  }

  @Test
  void aFolderThatIsNotThereHasEveryOutputMissing() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    Kit kit = KitLoader.load(assets, null);
    List<Finding> f = findings(kit, assets, dir.resolve("never"));
    assertEquals(3, f.size(), f.toString());
  }

  /**
   * The size check reads only up to the root's start tag; it must be the size the renderer
   * reads, for every master of the real-logo corpus and the shipped kit.
   */
  @Test
  void theDeclaredSizeIsTheRenderersForEveryRealMaster() throws Exception {
    int n = 0;
    for (Path dirOf : List.of(TestFiles.ASSETS, TestFiles.RESOURCES.resolve("real"))) {
      try (var s = Files.walk(dirOf)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
          byte[] svg = Files.readAllBytes(p);
          IntrinsicSize full;
          try {
            full = SvgLoader.intrinsicSize(svg, p.toUri().toString(),
                org.logokit.kit.Limits.DEFAULT);
          } catch (org.logokit.screen.SvgException e) {
            continue; // a master the corpus keeps because it fails
          }
          assertEquals(full, DeclaredSize.of(svg, org.logokit.kit.Limits.DEFAULT), p.toString());
          n++;
        }
      }
    }
    assertTrue(n >= 40, "masters compared: " + n);
  }
}
