package org.logokit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.logokit.Golden;
import org.logokit.TestFiles;
import org.logokit.kit.Kit;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;

class PlannerTest {

  /** The shipped config in, every output with its size, DPI and pHYs out. */
  @Test
  void shippedKitPlanMatchesGolden() throws Exception {
    Kit kit = KitLoader.load(TestFiles.ASSETS, null);
    Map<String, IntrinsicSize> sizes = new HashMap<>();
    for (MasterSpec m : kit.masters()) {
      sizes.put(m.file(), m.file().contains("extended_width") ? new IntrinsicSize(1200, 630)
          : new IntrinsicSize(200, 200));
    }
    String plan = Planner.plan(kit, sizes).stream()
        .map(j -> String.format(Locale.ROOT, "%s %dx%d %.4f dpi pHYs %d %s", j.path(),
            j.width(), j.height(), j.dpi(), j.pixelsPerMeter(), j.scheme().id()))
        .collect(Collectors.joining("\n", "", "\n"));
    Golden.assertMatches("xmpp-plan.txt", plan);
  }

  @ParameterizedTest(name = "{0} of {1}x{2} -> {3}x{4} at {5} DPI")
  @CsvSource({
    "own,    200, 200, 200, 200, 96",
    "300dpi, 200, 200, 625, 625, 300",
    "600dpi, 200, 200, 1250, 1250, 600",
    "16px,   200, 200, 16, 16, 7.68",
    "1024px, 200, 200, 1024, 1024, 491.52",
    "600px,  1200, 630, 600, 315, 48",
    "2400px, 1200, 630, 2400, 1260, 192",
    "own,    1200, 630, 1200, 630, 96",
    "64px,   100, 400, 16, 64, 15.36",
    "300dpi, 75.59, 37.8, 236, 118, 300",
    // Illustrator's convention: units as points, x 300/72, rounded up (416.67 x 208.33).
    "300dpi-pt, 100, 50, 417, 209, 300",
    "300dpi-pt, 72, 36, 300, 150, 300",
    "150dpi-pt, 200, 200, 417, 417, 150",
  })
  void sizesKeepTheAspectRatio(String target, double w, double h, int pw, int ph, double dpi) {
    MasterSpec m = new MasterSpec("m.svg", "m", List.of(Target.parse(target)),
        List.of(Scheme.LIGHT), 0);
    Kit kit = new Kit(null, Kit.DEFAULT_NAMING, List.of(m), Limits.DEFAULT);
    OutputJob job = Planner.plan(kit, m, new IntrinsicSize(w, h)).get(0);
    assertEquals(pw, job.width());
    assertEquals(ph, job.height());
    assertEquals(dpi, job.dpi(), 1e-9);
  }

  @Test
  void physIsRoundedAsInkscapeAndIllustratorWriteIt() {
    // Rounded as Inkscape 1.x and Illustrator write it: 96 DPI is 3780 px/m (Inkscape 0.92,
    // which made the published XMPP files, truncated to 3779), 61.44 DPI (128 px) is 2419.
    assertEquals(3780, OutputJob.pixelsPerMeter(96));
    assertEquals(2835, OutputJob.pixelsPerMeter(72));
    assertEquals(2419, OutputJob.pixelsPerMeter(61.44));
    assertEquals(11811, OutputJob.pixelsPerMeter(300));
    assertEquals(23622, OutputJob.pixelsPerMeter(600));
  }

  @Test
  void aTinyMasterStillGetsOnePixel() {
    MasterSpec m = new MasterSpec("m.svg", "m", List.of(Target.parse("16px")),
        List.of(Scheme.LIGHT), 0);
    Kit kit = new Kit(null, Kit.DEFAULT_NAMING, List.of(m), Limits.DEFAULT);
    OutputJob job = Planner.plan(kit, m, new IntrinsicSize(1000, 1)).get(0);
    assertEquals(16, job.width());
    assertEquals(1, job.height());
  }

  @Test
  void pointDpiDrawsAtTheExactScaleFromTheCornerOfARoundedUpCanvas() {
    OutputJob job = only("300dpi-pt", new IntrinsicSize(100, 50));
    assertEquals(417, job.width());
    assertEquals(0, job.content().x());
    assertEquals(0, job.content().y());
    assertEquals(100 * 300 / 72.0, job.content().width(), 1e-9);
    assertEquals(50 * 300 / 72.0, job.content().height(), 1e-9);
    assertEquals(11811, job.pixelsPerMeter());
  }

  @Test
  void aPlacementWithOnlyASuffixIsItsSizeRenamed() throws Exception {
    Target renamed = new com.fasterxml.jackson.databind.ObjectMapper(
        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readValue("{size: 300dpi-pt, suffix: \"\"}", Target.class);
    OutputJob bare = only("300dpi-pt", new IntrinsicSize(100, 50));
    OutputJob job = only(renamed, new IntrinsicSize(100, 50));
    assertEquals(bare.content(), job.content());
    assertEquals(bare.dpi(), job.dpi());
    assertEquals("m/m.png", job.path());
  }

  @Test
  void dirKeepsEachOutputBesideItsMaster() {
    MasterSpec deep = new MasterSpec("projects/p/horizontal/color/p-horizontal-color.svg",
        "p-horizontal-color", List.of(Target.parse("own")), List.of(Scheme.LIGHT), 0);
    MasterSpec top = new MasterSpec("top.svg", "top", List.of(Target.parse("16px")),
        List.of(Scheme.LIGHT), 0);
    Kit kit = new Kit(null, "{dir}{name}{suffix}.png", List.of(deep, top), Limits.DEFAULT);
    assertEquals("projects/p/horizontal/color/p-horizontal-color.png",
        kit.outputPath(deep, deep.targets().get(0), Scheme.LIGHT));
    assertEquals("top-16px.png", kit.outputPath(top, top.targets().get(0), Scheme.LIGHT));
  }

  private static OutputJob only(String target, IntrinsicSize size) {
    return only(Target.parse(target), size);
  }

  private static OutputJob only(Target target, IntrinsicSize size) {
    MasterSpec m = new MasterSpec("m.svg", "m", List.of(target), List.of(Scheme.LIGHT), 0);
    Kit kit = new Kit(null, Kit.DEFAULT_NAMING, List.of(m), Limits.DEFAULT);
    return Planner.plan(kit, m, size).get(0);
  }
}
