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
    assertTrue(d.message().contains("known keys: also, except, file, name, schemes, targets"), d.message());
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

  /** A master that differs from the kit's matrix says only how: except and also. */
  @Test
  void exceptAndAlsoAreTheKitsTargetsLessAndMore() throws Exception {
    svg("a.svg");
    svg("b.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "targets: [own, 300dpi, 64px]\n"
        + "masters:\n  - a.svg\n  - file: b.svg\n    except: [300dpi]\n    also: [ico]\n");
    Kit kit = KitLoader.load(dir, config);
    assertEquals(List.of("own", "300dpi", "64px"), kit.masters().get(0).targets().stream()
        .map(Target::spec).toList());
    assertEquals(List.of("own", "64px", "ico"), kit.masters().get(1).targets().stream()
        .map(Target::spec).toList());
    // The config hash is of what the masters get, however it is written.
    Path full = TestFiles.write(dir.resolve("full.yaml"), "targets: [own, 300dpi, 64px]\n"
        + "masters:\n  - a.svg\n  - file: b.svg\n    targets: [own, 64px, ico]\n");
    assertEquals(KitLoader.load(dir, full).configSha256(), kit.configSha256());
  }

  @Test
  void exceptNamesOnlyTheKitsTargetsAndNotBesideTargets() throws Exception {
    svg("a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "targets: [own, 64px]\n"
        + "masters:\n  - file: a.svg\n    except: [300dpi, own, own]\n    also: [64px]\n"
        + "    targets: [own]\n");
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, config));
    String all = e.getMessage();
    assertTrue(all.contains(":3: master 'a.svg': give 'targets', or 'except' and 'also', not "
        + "both"), all);
    assertTrue(all.contains("'except' names '300dpi', which is not one of the kit's targets "
        + "[own, 64px]"), all);
    assertTrue(all.contains("'also' names '64px', which it has already"), all);
    assertTrue(all.contains("'except' names 'own' twice"), all);
  }

  /**
   * Several layouts in one kit: the masters under brand/SVG/ name their outputs in brand/PNG/,
   * those under svg/ mirror their tree into png/ ({dir} is the folder below svg/), the others
   * follow the kit's naming.
   */
  @Test
  void namingByFolderNamesTheOutputsOfTheMastersUnderIt() throws Exception {
    for (String f : new String[] {"brand/SVG", "svg/icons/small", "misc"}) {
      Files.createDirectories(dir.resolve(f));
    }
    svg("brand/SVG/a.svg");
    svg("svg/icons/small/b.svg");
    svg("misc/c.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "naming: \"{dir}{name}{suffix}"
        + ".png\"\nnamingByFolder:\n  brand/SVG: \"brand/PNG/{name}{suffix}.png\"\n"
        + "  \"svg/\": \"png/{dir}{name}{suffix}.png\"\ntargets: [64px]\n"
        + "masters: [brand/SVG/a.svg, svg/icons/small/b.svg, misc/c.svg]\n");
    Kit kit = KitLoader.load(dir, config);
    Target t = Target.parse("64px");
    assertEquals(List.of("brand/PNG/a-64px.png", "png/icons/small/b-64px.png",
        "misc/c-64px.png"), kit.masters().stream().map(m -> kit.outputPath(m, t, Scheme.LIGHT))
        .toList());
  }

  @Test
  void namingByFolderIsCheckedAsTheNamingIs() throws Exception {
    Files.createDirectories(dir.resolve("brand"));
    svg("brand/a.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "namingByFolder:\n"
        + "  brand/: \"../{name}{suffix}.png\"\n  \"../up\": \"{name}{suffix}.png\"\n"
        + "  typo/: \"{name}{suffix}.png\"\n  other/: \"{name}.png\"\n"
        + "masters: [brand/a.svg]\n");
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, config));
    String all = e.getMessage();
    assertTrue(all.contains("'namingByFolder' of 'brand/' must be a relative path inside the "
        + "output folder"), all);
    assertTrue(all.contains("'namingByFolder': the folder '../up' "), all);
    assertTrue(all.contains("'namingByFolder': no master is in 'typo/'"), all);
    assertTrue(all.contains("'namingByFolder' of 'other/' must contain {name} and {suffix}"),
        all);
  }

  /**
   * An output that is another output's folder (a.png, and a.png/b-64px.png through a naming of
   * its own) is refused at load: at render, whichever master came second failed.
   */
  @Test
  void aFileWhereAnotherOutputNeedsAFolderIsRefused() throws Exception {
    Files.createDirectories(dir.resolve("x"));
    svg("a.svg");
    svg("x/b.svg");
    Path config = TestFiles.write(dir.resolve("logokit.yaml"), "naming: \"{name}{suffix}.png\"\n"
        + "namingByFolder:\n  x/: \"a.png/{name}{suffix}.png\"\ntargets: [own, 64px]\n"
        + "masters: [a.svg, x/b.svg]\n");
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(dir, config));
    assertTrue(e.getMessage().contains("output 'a.png/b.png' is inside 'a.png', which is the "
        + "output of a.svg own light: one path cannot be a file and a folder"), e.getMessage());
  }
}
