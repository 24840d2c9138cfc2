package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.manifest.BuildInfo;

/**
 * Every JVM that renders uses the same anti-aliasing, so tests, {@code java -jar} and the
 * launcher make the same pixels, and the render version says which.
 */
class AntialiasingTest {
  @TempDir Path dir;

  @Test
  void buildAsksForFiveSubPixelRowsAndTheRenderVersionRecordsIt() {
    Map<String, String> aa = BuildInfo.antialiasing();
    assertEquals("8", aa.get("sun.java2d.renderer.subPixel_log2_X"));
    assertEquals("5", aa.get("sun.java2d.renderer.subPixel_log2_Y"));
    String renderer = BuildInfo.renderer(org.logokit.format.Format.PNG);
    assertTrue(renderer.startsWith("raster-3+marlin-8x5+"), renderer);
  }

  @Test
  void testsRenderWithTheSameSettings() {
    BuildInfo.antialiasing().forEach((k, v) -> assertEquals(v, System.getProperty(k), k));
  }

  /** A JVM started without them (as {@code java -jar} is) gets them from Main. */
  @Test
  void mainSetsThemBeforeJava2dStarts() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[16px]");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED",
        "-Dsun.java2d.renderer.log=true", "-cp", System.getProperty("java.class.path"),
        "org.logokit.cli.Main", "render", "-q", "--assets", assets.toString(),
        "--out", dir.resolve("out").toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, TestFiles.exitOf(p), log);
    for (String line : List.of("sun.java2d.renderer.subPixel_log2_X  = 8",
        "sun.java2d.renderer.subPixel_log2_Y  = 5")) {
      assertTrue(log.contains(line), "Marlin logged no '" + line + "':\n" + log);
    }
  }
}
