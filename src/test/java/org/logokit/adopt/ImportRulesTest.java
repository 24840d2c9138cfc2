package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.kit.Kit;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Target;
import org.logokit.write.OutputFolder;

/** How import pairs, sizes and names files, on folders laid out in the ways kits are. */
class ImportRulesTest {
  @TempDir Path dir;

  /** Every kind of target logokit makes, rendered by logokit, is read back as that target. */
  @Test
  void importOfLogokitsOwnRenderGivesBackItsTargets() throws Exception {
    String targets = "[own, 300dpi, 300dpi-pt, 16px, 64px, 300dpi.tiff, ico, icns]";
    Path assets = TestFiles.smallKit(dir.resolve("src"), targets);
    Path out = Files.createDirectories(dir.resolve("kit")).resolve("published");
    KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, out, 1));
    Files.delete(out.resolve("manifest.json"));
    Files.delete(out.resolve("index.html"));
    Files.createDirectories(dir.resolve("kit/masters"));
    for (String svg : new String[] {"a.svg", "b.svg"}) {
      Files.copy(assets.resolve(svg), dir.resolve("kit/masters").resolve(svg));
    }

    Adoption a = Importer.adopt(OutputFolder.open(dir.resolve("kit"), false));
    assertEquals(java.util.List.of(), a.reported());
    assertEquals(16, a.placed().size());
    Path config = TestFiles.write(dir.resolve("imported.yaml"), a.config());
    Kit kit = KitLoader.load(dir.resolve("kit/masters"), config);
    Set<String> want = new TreeSet<>();
    KitLoader.load(assets, null).masters().get(0).targets().forEach(t -> want.add(t.spec()));
    for (var m : kit.masters()) {
      Set<String> got = new TreeSet<>();
      m.targets().forEach(t -> got.add(t.spec()));
      assertEquals(want, got, m.file());
    }
    assertTrue(a.config().contains("naming: \"{name}/{name}{suffix}.png\""), a.config());
  }

  @Test
  void parallelTreesKeepTheirFoldersWithDir() throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve("svg/brand/logo.svg"),
        TestFiles.rectSvg("width=\"20\" height=\"10\"", "red"));
    TestFiles.write(kit.resolve("svg/other/mark.svg"),
        TestFiles.rectSvg("width=\"10\" height=\"10\"", "red"));
    Files.createDirectories(kit.resolve("png/brand"));
    Files.createDirectories(kit.resolve("png/other"));
    Files.write(kit.resolve("png/brand/logo-40px.png"), IllustratorKit.png(
        new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB), 7559)); // 192 DPI
    Files.write(kit.resolve("png/other/mark.png"), IllustratorKit.png(
        new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), 3779));

    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals("svg/", a.mastersRoot());
    assertEquals("png/", a.exportsRoot());
    assertEquals(2, a.placed().size(), a.reported().toString());
    assertTrue(a.config().contains("naming: \"{dir}{name}{suffix}.png\""), a.config());
    assertTrue(a.config().contains("\"brand/logo.svg\""), a.config());
  }

  @Test
  void anExportWithoutPhysIsPlacedWithANote() throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve("logo.svg"),
        TestFiles.rectSvg("width=\"20\" height=\"20\"", "red"));
    ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB), "png",
        kit.resolve("logo-32px.png").toFile());
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(1, a.placed().size());
    assertEquals(new Target.Pixels(32).spec(), a.placed().get(0).target());
    assertEquals(1, a.notes().size());
    assertTrue(a.notes().get(0).reason().contains("no pHYs"), a.notes().toString());
  }

  @Test
  void aSuffixThatIsNotASeparatedPartOfTheNameFindsNoMaster() throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve("logo.svg"),
        TestFiles.rectSvg("width=\"20\" height=\"20\"", "red"));
    Files.write(kit.resolve("logotype.png"), IllustratorKit.png(
        new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), 3779));
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(0, a.placed().size());
    assertTrue(a.reported().get(0).reason().startsWith("no master"), a.reported().toString());
  }

  /** Beside their masters ({dir} naming), masters of one name in two folders are two. */
  @Test
  void mastersOfOneNameInTwoFoldersBesideTheirExportsAreBothPlaced() throws Exception {
    Path kit = dir.resolve("kit");
    for (String folder : new String[] {"logo/blue", "logo/white"}) {
      TestFiles.write(kit.resolve(folder + "/x.svg"), TestFiles.rectSvg(
          "width=\"20\" height=\"20\"", "red"));
      Files.write(kit.resolve(folder + "/x.png"), IllustratorKit.png(
          new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), 3780));
    }
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(2, a.placed().size(), a.reported().toString());
    assertTrue(a.config().contains("naming: \"{dir}{name}{suffix}.png\""), a.config());
    // And logokit re-imports its own output: the config loads with both.
    Path config = TestFiles.write(dir.resolve("k.yaml"), a.config());
    assertEquals(2, KitLoader.load(kit, config).masters().size());
  }

  /** Without {dir}, two masters of one name (in any case) would name the same outputs. */
  @Test
  void twoMastersOfOneNameKeepTheOneWithMoreExports() throws Exception {
    Path kit = dir.resolve("kit");
    for (String folder : new String[] {"a", "b"}) {
      TestFiles.write(kit.resolve("masters/" + folder + "/" + (folder.equals("a") ? "Logo"
          : "logo") + ".svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"", "red"));
    }
    Files.createDirectories(kit.resolve("published"));
    Files.write(kit.resolve("published/Logo.png"), IllustratorKit.png(
        new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), 3779));
    Files.write(kit.resolve("published/Logo-16px.png"), IllustratorKit.png(
        new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), 3023));
    Files.write(kit.resolve("published/logo-32px.png"), IllustratorKit.png(
        new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB), 6047));
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(2, a.placed().size(), a.reported().toString());
    assertEquals(1, a.reported().size(), a.reported().toString());
    assertEquals("published/logo-32px.png", a.reported().get(0).path());
  }

  /** A master and its own-size export, painted alike. */
  private static void pair(Path svg, Path png) throws Exception {
    TestFiles.write(svg, TestFiles.rectSvg("width=\"40\" height=\"20\"", "red"));
    Files.createDirectories(png.getParent());
    Files.write(png, IllustratorKit.png(new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB),
        3780));
  }

  /**
   * Two layouts whose folders are one on macOS and Windows (NFC and NFD café/): one master
   * keeps the name, the other's export is reported, and the config names no folder that is
   * left with no master (the loader would refuse it, and import failed as a whole).
   */
  @Test
  void layoutsLeftWithoutFilesAreNotInTheConfig() throws Exception {
    Path kit = dir.resolve("kit");
    pair(kit.resolve("logo.svg"), kit.resolve("logo.png"));
    pair(kit.resolve("logo2.svg"), kit.resolve("logo2.png"));
    String nfc = "caf\u00e9";
    String nfd = "cafe\u0301";
    pair(kit.resolve(nfc + "/SVG/m.svg"), kit.resolve(nfc + "/PNG/m.png"));
    pair(kit.resolve(nfd + "/SVG/m.svg"), kit.resolve(nfd + "/PNG/m.png"));
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(3, a.placed().size(), a.reported().toString());
    assertEquals(List.of("two masters of one name"), a.reported().stream()
        .map(Adoption.Reported::cause).toList());
    assertEquals(1, a.config().split("/SVG/\": ").length - 1, "one folder: " + a.config());
    assertEquals(3, KitLoader.load(kit, TestFiles.write(dir.resolve("k.yaml"), a.config()))
        .masters().size());
  }

  /**
   * The layout with the most files names with 'naming'; its folder stays in namingByFolder
   * when a shorter folder there would otherwise claim its masters (a/ holds a/b/).
   */
  @Test
  void theMainLayoutKeepsItsFolderUnderAnotherLayoutsFolder() throws Exception {
    Path kit = dir.resolve("kit");
    for (String m : new String[] {"m1", "m2", "m3"}) {
      pair(kit.resolve("a/b/" + m + ".svg"), kit.resolve("P/" + m + ".png"));
    }
    pair(kit.resolve("a/n.svg"), kit.resolve("Q/n.png"));
    pair(kit.resolve("z/w.svg"), kit.resolve("R/w.png"));
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(5, a.placed().size(), a.reported() + "\n" + a.config());
    assertEquals(List.of(), a.reported());
    assertTrue(a.config().contains("  \"a/b/\": \"P/{name}{suffix}.png\"\n"), a.config());
  }

  /**
   * A file and a folder one path apart only in case (Logo.png, and logo.png/logo-64px.png): a
   * kit cannot make both, so the one inside is reported and the config written loads.
   */
  @Test
  void anExportInsideAFolderNamedAsAnotherExportIsReported() throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve("Logo.svg"), TestFiles.rectSvg("width=\"40\" height=\"20\"",
        "red"));
    Files.write(kit.resolve("Logo.png"), IllustratorKit.png(new BufferedImage(40, 20,
        BufferedImage.TYPE_INT_ARGB), 3780));
    TestFiles.write(kit.resolve("logo.png/Logo.svg"), TestFiles.rectSvg("width=\"40\" "
        + "height=\"20\"", "red"));
    Files.write(kit.resolve("logo.png/Logo.png"), IllustratorKit.png(new BufferedImage(40, 20,
        BufferedImage.TYPE_INT_ARGB), 3780));
    Adoption a = Importer.adopt(OutputFolder.open(kit, false));
    assertEquals(List.of("Logo.png"), a.placed().stream().map(Adoption.Placement::export)
        .toList(), a.reported().toString());
    assertEquals(List.of("logo.png/Logo.png"), a.reported().stream()
        .map(Adoption.Reported::path).toList());
    KitLoader.load(kit, TestFiles.write(dir.resolve("k.yaml"), a.config()));
  }
}
