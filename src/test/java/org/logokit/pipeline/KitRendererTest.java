package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.KitLoader;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Verifier;

class KitRendererTest {
  @TempDir Path dir;

  @Test
  void renderingTwiceGivesByteIdenticalFilesWhateverTheThreadCount() throws Exception {
    Path out = dir.resolve("again");
    RenderReport again = KitRenderer.render(KitLoader.load(TestFiles.ASSETS, null),
        new RenderOptions(TestFiles.ASSETS, out, 1));
    assertTrue(again.ok());
    Map<String, byte[]> first = TestFiles.snapshot(RenderedKit.get().out);
    Map<String, byte[]> second = TestFiles.snapshot(out);
    assertEquals(first.keySet(), second.keySet());
    for (String path : first.keySet()) {
      assertArrayEquals(first.get(path), second.get(path), path);
    }
  }

  @Test
  void oneBadMasterDoesNotStopTheOthers() throws Exception {
    Path assets = smallKit("[own, 16px]");
    TestFiles.write(assets.resolve("b.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    Path out = dir.resolve("out");
    RenderReport report = render(assets, out);

    assertEquals(List.of(Diagnostic.of(assets.resolve("b.svg").toString(),
        report.failures().get(0).message())), report.failures());
    assertTrue(report.failures().get(0).message().startsWith("not well-formed XML"));
    assertEquals(1, report.rendered());
    assertEquals(List.of(".logokit.lock", "a/a-16px.png", "a/a.png", "index.html", "manifest.json"),
        List.copyOf(TestFiles.snapshot(out).keySet()), "no partial or temporary file");
    assertEquals(List.of("a/a-16px.png", "a/a.png"), paths(report));
    assertEquals(List.of(), Verifier.verify(out));
  }

  @Test
  void aMasterThatBreaksKeepsItsEarlierFiles() throws Exception {
    Path assets = smallKit("[own, 16px]");
    Path out = dir.resolve("out");
    assertTrue(render(assets, out).ok());
    byte[] before = Files.readAllBytes(out.resolve("b/b.png"));

    TestFiles.write(assets.resolve("b.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    RenderReport report = render(assets, out);

    assertEquals(1, report.failures().size());
    assertTrue(report.failures().get(0).message().startsWith("no usable size"));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("b/b.png")));
    assertEquals(List.of("a/a-16px.png", "a/a.png", "b/b-16px.png", "b/b.png"), paths(report));
    assertEquals(List.of(), Verifier.verify(out));
  }

  @Test
  void outputsNoLongerPlannedAreRemovedButOtherFilesAreNot() throws Exception {
    Path assets = smallKit("[own, 16px]");
    Path out = dir.resolve("out");
    render(assets, out);
    TestFiles.write(out.resolve("README.txt"), "a person's file");
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [a.svg]\n");

    RenderReport report = render(assets, out);

    assertEquals(List.of("a/a-16px.png", "b/b-16px.png", "b/b.png"),
        report.removed().stream().sorted().toList());
    assertFalse(Files.exists(out.resolve("b")), "emptied folder removed");
    assertTrue(Files.exists(out.resolve("README.txt")));
    assertEquals(List.of("a/a.png"), paths(report));
  }

  @Test
  void nonSquareAndViewBoxOnlyMastersKeepTheirAspect() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("wide.svg"), TestFiles.rectSvg("viewBox=\"0 0 40 10\"",
        "blue"));
    TestFiles.write(assets.resolve("tall.svg"), TestFiles.rectSvg("width=\"1in\" height=\"2in\"",
        "blue"));
    TestFiles.write(assets.resolve("logokit.yaml"),
        "targets: [own, 300dpi, 64px]\nmasters: [wide.svg, tall.svg]\n");
    Path out = dir.resolve("out");
    render(assets, out);
    assertSize(out.resolve("wide/wide.png"), 40, 10);
    assertSize(out.resolve("wide/wide-64px.png"), 64, 16);
    assertSize(out.resolve("wide/wide-300dpi.png"), 125, 31);
    assertSize(out.resolve("tall/tall.png"), 96, 192);
    assertSize(out.resolve("tall/tall-300dpi.png"), 300, 600);
    assertSize(out.resolve("tall/tall-64px.png"), 32, 64);
    int corner = TestFiles.decode(out.resolve("wide/wide-64px.png")).getRGB(63, 15);
    assertEquals(0xff0000ff, corner, "content fills the far corner");
  }

  private static void assertSize(Path png, int w, int h) {
    var img = TestFiles.decode(png);
    assertEquals(w + "x" + h, img.getWidth() + "x" + img.getHeight(), png.toString());
  }

  private Path smallKit(String targets) throws Exception {
    return TestFiles.smallKit(dir, targets);
  }

  private static RenderReport render(Path assets, Path out) throws Exception {
    return KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, out, 2));
  }

  private static List<String> paths(RenderReport report) {
    return report.manifest().outputs().stream().map(ManifestEntry::path).toList();
  }

  @Test
  void noOpRenderWritesNothingAndForceRewritesEverything() throws Exception {
    Path assets = smallKit("[own, 16px]");
    Path out = dir.resolve("out");
    render(assets, out);
    Map<String, byte[]> first = TestFiles.snapshot(out);

    Files.setLastModifiedTime(out.resolve("manifest.json"),
        java.nio.file.attribute.FileTime.fromMillis(0));
    RenderReport again = render(assets, out);
    assertEquals(0, again.written());
    assertEquals(4, again.kept());
    assertEquals(0, Files.getLastModifiedTime(out.resolve("manifest.json")).toMillis(),
        "an unchanged manifest is not rewritten");

    RenderReport forced = KitRenderer.render(KitLoader.load(assets, null),
        new RenderOptions(assets, out, 2).force(true));
    assertEquals(4, forced.written());
    Map<String, byte[]> last = TestFiles.snapshot(out);
    first.forEach((k, v) -> assertArrayEquals(v, last.get(k), k));
  }

  @Test
  void editedOrDeletedOutputIsRenderedAgain() throws Exception {
    Path assets = smallKit("[own, 16px]");
    Path out = dir.resolve("out");
    render(assets, out);
    byte[] good = Files.readAllBytes(out.resolve("a/a.png"));
    Files.writeString(out.resolve("a/a.png"), "scribbled over");
    Files.delete(out.resolve("b/b-16px.png"));

    RenderReport report = render(assets, out);

    assertEquals(2, report.written());
    assertArrayEquals(good, Files.readAllBytes(out.resolve("a/a.png")));
    assertEquals(List.of(), Verifier.verify(out));
  }

  @Test
  void deletedMastersOutputsAreRemoved() throws Exception {
    Path assets = smallKit("[own, 16px]");
    Path out = dir.resolve("out");
    render(assets, out);
    Files.delete(assets.resolve("b.svg"));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 16px]\nmasters: [a.svg]\n");

    RenderReport report = render(assets, out);

    assertEquals(List.of("b/b-16px.png", "b/b.png"), report.removed().stream().sorted().toList());
    assertEquals(List.of(".logokit.lock", "a/a-16px.png", "a/a.png", "index.html", "manifest.json"),
        List.copyOf(TestFiles.snapshot(out).keySet()));
  }

  @Test
  void leftoverTemporaryFilesOfAKilledRunAreCleanedUp() throws Exception {
    Path assets = smallKit("[own]");
    Path out = dir.resolve("out");
    TestFiles.write(out.resolve("a/.logokit-tmp-1234.part"), "half a PNG");
    render(assets, out);
    assertFalse(Files.exists(out.resolve("a/.logokit-tmp-1234.part")));
  }
}
