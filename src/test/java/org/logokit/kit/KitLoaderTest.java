package org.logokit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

class KitLoaderTest {
  @TempDir Path dir;

  @Test
  void shippedConfigDeclaresTheElevenMastersAndTheKitMatrix() throws Exception {
    Kit kit = KitLoader.load(TestFiles.ASSETS, null);
    assertEquals(11, kit.masters().size());
    MasterSpec logo = kit.masters().get(0);
    assertEquals("xmpp_logo", logo.name());
    assertEquals(java.util.stream.Stream.concat(KitLoader.DEFAULT_TARGETS.stream(),
        java.util.stream.Stream.of(new Target.Copy())).toList(), logo.targets(),
        "the matrix, and the master copied (copyMasters: true)");
    MasterSpec wide = kit.masters().stream()
        .filter(m -> m.file().equals("xmpp_logo_(extended_width).svg")).findFirst().orElseThrow();
    assertEquals(List.of("own", "600px", "2400px", "svg"),
        wide.targets().stream().map(Target::spec).toList());
  }

  @Test
  void withoutConfigEverySvgGetsTheDefaultMatrixSorted() throws Exception {
    TestFiles.write(dir.resolve("b.svg"), TestFiles.rectSvg("width=\"10\" height=\"10\"", "red"));
    TestFiles.write(dir.resolve("a.svg"), TestFiles.rectSvg("width=\"10\" height=\"10\"", "red"));
    TestFiles.write(dir.resolve("notes.txt"), "not a master");
    Kit kit = KitLoader.load(dir, null);
    assertNull(kit.source());
    assertEquals(List.of("a.svg", "b.svg"), kit.masters().stream().map(MasterSpec::file).toList());
    assertEquals(Kit.DEFAULT_NAMING, kit.naming());
    assertEquals("a/a-300dpi.png", kit.outputPath(kit.masters().get(0), Target.parse("300dpi"),
        Scheme.LIGHT));
    assertEquals(11, kit.masters().get(1).targets().size());
  }

  @Test
  void emptyFolderWithoutConfigIsAnError() {
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, null));
    assertTrue(e.getMessage().contains("no logokit.yaml and no *.svg masters"), e.getMessage());
  }

  @Test
  void anEmptyItemInMastersIsAProblemNotACrash() throws Exception {
    svg("a.svg");
    TestFiles.write(dir.resolve("logokit.yaml"), "masters:\n  - a.svg\n  -\n");
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, null));
    assertTrue(e.getMessage().contains("an empty item in 'masters'"), e.getMessage());
  }

  @Test
  void unknownKeyIsNamedWithItsLine() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "version: 1\nmasters:\n  - file: a.svg\n    sizes: [16px]\n");
    Diagnostic d = only(config);
    assertEquals(4, d.line());
    assertTrue(d.message().contains("unknown key 'sizes'"), d.message());
    assertTrue(d.message().contains("known keys: file, name, schemes, targets"), d.message());
    assertEquals(config.toString(), d.file());
  }

  @Test
  void unknownTopLevelKeyIsNamed() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "masters: [a.svg]\nsizez: 3\n");
    Diagnostic d = only(config);
    assertEquals(2, d.line());
    assertTrue(d.message().startsWith("unknown key 'sizez'"), d.message());
  }

  @Test
  void badTargetValueIsNamedWithKeyAndLine() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "masters:\n  - file: a.svg\n    targets: [own, 64pt]\n");
    Diagnostic d = only(config);
    assertEquals(3, d.line());
    assertTrue(d.message().contains("'masters[0].targets[1]'"), d.message());
    assertTrue(d.message().contains("'64pt' is not a target"), d.message());
  }

  @Test
  void wrongTypeIsNamed() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "masters: [a.svg]\nversion: one\n");
    Diagnostic d = only(config);
    assertEquals(2, d.line());
    assertTrue(d.message().contains("'version'"), d.message());
  }

  @Test
  void missingMasterIsNamedWithItsLine() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "masters:\n  - a.svg\n  - file: gone.svg\n");
    Diagnostic d = only(config);
    assertEquals(3, d.line());
    assertTrue(d.message().contains("master 'gone.svg' not found"), d.message());
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "version: 2\nnaming: \"{name}.png\"\nmasters:\n  - gone.svg\n  - ../a.svg\n");
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, config));
    String all = e.getMessage();
    assertTrue(all.contains("version 2 is not supported"), all);
    assertTrue(all.contains("'naming' must contain {name} and {suffix}"), all);
    assertTrue(all.contains(":4: master 'gone.svg' not found"), all);
    assertTrue(all.contains(":5: master '../a.svg' must be a path inside the assets folder"), all);
  }

  @Test
  void outputsThatWouldOverwriteEachOtherAreRejected() throws Exception {
    svg("a.svg");
    svg("b.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "masters:\n  - a.svg\n  - file: b.svg\n    name: a\n");
    Diagnostic d = only(config);
    assertEquals(3, d.line());
    assertTrue(d.message().contains("name 'a' is used twice (also line 2)"), d.message());
  }

  @Test
  void jsonConfigWorksToo() throws Exception {
    svg("a.svg");
    TestFiles.write(dir.resolve("logokit.json"),
        "{\"targets\": [\"own\", \"32px\"], \"masters\": [{\"file\": \"a.svg\", \"name\": \"x\"}]}");
    Kit kit = KitLoader.load(dir, null);
    assertEquals("x/x-32px.png", kit.outputPath(kit.masters().get(0), Target.parse("32px"),
        Scheme.LIGHT));
  }

  @Test
  void emptyConfigIsAnError() throws Exception {
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "");
    assertTrue(only(config).message().contains("empty"));
  }

  private Diagnostic only(Path config) {
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, config));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    return e.diagnostics().get(0);
  }

  private void svg(String name) throws IOException {
    Files.writeString(dir.resolve(name), TestFiles.rectSvg("width=\"10\" height=\"10\"", "red"));
  }

  @Test
  void bothSchemesNeedTheSchemeInTheNaming() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "naming: \"{name}{suffix}.png\"\n"
        + "masters:\n  - file: a.svg\n    schemes: [light, dark]\n");
    Diagnostic d = only(config);
    assertEquals(3, d.line());
    assertTrue(d.message().contains("'naming' must contain {scheme}"), d.message());
  }

  @Test
  void unknownSchemeIsNamed() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "schemes: [sepia]\n"
        + "masters: [a.svg]\n");
    assertTrue(only(config).message().contains("'sepia' is not a scheme"), only(config)
        .message());
  }

  @Test
  void anIllustratorKitLoads() throws Exception {
    Files.createDirectories(dir.resolve("p/color"));
    svg("p/color/p-color.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "naming: \"{dir}{name}{suffix}.png\"\n"
        + "targets: [{size: 300dpi-pt, suffix: \"\"}, 64px]\nmasters: [p/color/p-color.svg]\n");
    Kit kit = KitLoader.load(dir, config);
    MasterSpec m = kit.masters().get(0);
    assertEquals("p/color/p-color.png", kit.outputPath(m, m.targets().get(0), Scheme.LIGHT));
    assertEquals("p/color/p-color-64px.png", kit.outputPath(m, m.targets().get(1), Scheme.LIGHT));
  }

  @Test
  void anEmptySuffixThatClashesIsRefused() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"),
        "targets: [own, {size: 300dpi-pt, suffix: \"\"}]\nmasters: [a.svg]\n");
    assertTrue(only(config).message().contains("is also the output of"), only(config).message());
  }
}
