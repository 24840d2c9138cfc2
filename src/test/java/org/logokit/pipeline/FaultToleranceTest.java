package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.kit.KitLoader;
import org.logokit.manifest.ManifestJson;

import org.logokit.verify.Verifier;
import org.logokit.write.OutputLock;

/** Renders killed mid-way or run twice at once leave nothing broken. */
class FaultToleranceTest {
  @TempDir Path dir;

  /** A real {@code logokit render} in its own JVM. */
  Process start(Path assets, Path out, String... extra) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "org.logokit.cli.Main", "render",
        "--assets", assets.toString(), "--out", out.toString()));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  @Test
  void killedAtAnyMomentLeavesNoTruncatedFileAndTheNextRenderRecovers() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = RenderedKit.get().copyTo(dir.resolve("output"));
    int[] delaysMs = {150, 400, 700, 1000, 1300, 1700, 2200};
    for (int i = 0; i < delaysMs.length; i++) {
      Process p = start(assets, out, "--force");
      Thread.sleep(delaysMs[i]);
      p.destroyForcibly(); // SIGKILL
      assertTrue(p.waitFor(20, TimeUnit.SECONDS));
      assertEveryPngDecodesAndTheManifestParses(out);
    }
    RenderReport report = KitRenderer.render(KitLoader.load(assets, null),
        new RenderOptions(assets, out, 2));
    assertTrue(report.ok());
    assertEquals(List.of(), KitCheckTest.findings(KitLoader.load(assets, null), assets, out));
    assertEquals(List.of(), Verifier.verify(out));
    try (Stream<Path> s = Files.walk(out)) {
      assertEquals(0, s.filter(f -> f.getFileName().toString().startsWith(".logokit-tmp-"))
          .count(), "temporary files of the killed runs are gone");
    }
  }

  private static void assertEveryPngDecodesAndTheManifestParses(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".png") && !name.startsWith(".")) {
          TestFiles.decode(f); // throws on a truncated file
        }
      }
    }
    ManifestJson.read(Files.readAllBytes(out.resolve("manifest.json")));
  }

  @Test
  void aSecondRenderIntoALockedFolderStopsWithAClearMessage() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = dir.resolve("output");
    try (OutputLock held = OutputLock.acquire(org.logokit.write.OutputFolder.open(out, true))) {
      OutputLock.LockedException e = assertThrows(OutputLock.LockedException.class,
          () -> KitRenderer.render(KitLoader.load(assets, null),
              new RenderOptions(assets, out, 2)));
      assertEquals("another logokit render is writing to " + out
          + "; try again when it has finished", e.getMessage());
      assertEquals(List.of(".logokit.lock"), List.copyOf(TestFiles.snapshot(out).keySet()),
          "the locked-out render wrote nothing");
    }
  }

  @Test
  void twoProcessesRenderingAtOnceLeaveAConsistentFolder() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = dir.resolve("output");
    Process a = start(assets, out, "--sizes", "16,256,1024");
    Process b = start(assets, out, "--sizes", "16,256,1024");
    assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
    String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    for (int i = 0; i < 2; i++) {
      Process p = i == 0 ? a : b;
      String text = i == 0 ? outA : outB;
      assertTrue(p.exitValue() == 0 || p.exitValue() == 1
          && text.contains("another logokit render is writing to"), text);
    }
    assertTrue(a.exitValue() == 0 || b.exitValue() == 0, outA + outB);
    assertEquals(List.of(), Verifier.verify(out));
  }
}
