package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.kit.Kit;
import org.logokit.kit.KitLoader;
import org.logokit.render.Phases;
import org.logokit.verify.Verifier;

/** {@code optimize: true} on real masters: the same pixels and pHYs in fewer bytes. */
class OptimizeTest {

  @Test
  void sameImagesInFewerBytesAndTheManifestSaysSo(@TempDir Path dir) throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    String kit = "naming: \"{name}/{name}{suffix}.png\"\n"
        + "targets: [16px, 64px, 256px, 512px, 300dpi]\n"
        + "masters: [xmpp_logo.svg, xmpp_black_logo.svg]\n";
    Path fast = render(assets, TestFiles.write(dir.resolve("fast.yaml"), kit), dir.resolve("f"));
    Path small = render(assets, TestFiles.write(dir.resolve("small.yaml"),
        kit + "optimize: true\n"), dir.resolve("s"));

    Map<String, byte[]> a = pngs(fast);
    Map<String, byte[]> b = pngs(small);
    assertEquals(a.keySet(), b.keySet());
    assertEquals(10, a.size());
    long fastBytes = 0;
    long smallBytes = 0;
    for (String name : a.keySet()) {
      assertSamePixels(name, TestFiles.decode(a.get(name)), TestFiles.decode(b.get(name)));
      assertTrue(b.get(name).length < a.get(name).length, name + ": " + b.get(name).length
          + " >= " + a.get(name).length);
      fastBytes += a.get(name).length;
      smallBytes += b.get(name).length;
    }
    // Against the fast path (libdeflate at level 6), Zopfli over the best of level 9 and the
    // JDK writer's row filters gives 0.920 here (against pngencoder at level 6 it gave 0.877).
    assertTrue(smallBytes < 0.95 * fastBytes, smallBytes + " vs " + fastBytes);
    assertTrue(Files.readString(small.resolve("manifest.json"))
        .contains("\"encoding\" : \"smallest\""));
    assertEquals(List.of(), Verifier.verify(small), "sizes, pHYs and hashes as the manifest says");
  }

  /** The per-master budget is for loading and painting, which a hostile master controls. */
  @Test
  void encodingSlowlyIsNotOverTheMastersTimeBudget(@TempDir Path dir) throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    // Two ~1 MiB RGBA images through Zopfli: seconds of encoding, a fraction of it painting.
    Path config = TestFiles.write(dir.resolve("slow.yaml"),
        "naming: \"{name}/{name}{suffix}.png\"\ntargets: [508px, 512px]\n"
        + "masters: [xmpp_logo.svg]\noptimize: true\nlimits:\n  maxSecondsPerMaster: 1\n");
    Phases phases = new Phases();
    Kit kit = KitLoader.load(assets, config);
    RenderReport report = KitRenderer.render(kit, new RenderOptions(assets, dir.resolve("o"), 1)
        .phases(phases));
    assertEquals(List.of(), report.failures());
    assertEquals(2, report.written());
    assertTrue(phases.millis(Phases.Phase.ENCODE) > 1000, "encoding took "
        + phases.millis(Phases.Phase.ENCODE) + " ms: the test needs it over the budget");
  }

  private static Path render(Path assets, Path config, Path out) throws Exception {
    Kit kit = KitLoader.load(assets, config);
    RenderReport report = KitRenderer.render(kit, new RenderOptions(assets, out, 2));
    assertEquals(List.of(), report.failures());
    return out;
  }

  private static Map<String, byte[]> pngs(Path out) throws Exception {
    Map<String, byte[]> files = TestFiles.snapshot(out);
    files.keySet().removeIf(k -> !k.endsWith(".png"));
    return files;
  }

  private static void assertSamePixels(String name, BufferedImage a, BufferedImage b) {
    assertEquals(a.getWidth() + "x" + a.getHeight(), b.getWidth() + "x" + b.getHeight(), name);
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        // A fully transparent pixel has no colour to keep.
        if ((p >>> 24) != 0 || (q >>> 24) != 0) {
          assertEquals(p, q, name + " pixel " + x + "," + y);
        }
      }
    }
  }
}
