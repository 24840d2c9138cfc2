package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.kit.Kit;
import org.logokit.kit.KitLoader;

/** The import command on small folders, hostile ones among them. */
class ImportCliTest {
  @TempDir Path dir;

  private Path square(String svg, String... pngs) throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve(svg), TestFiles.rectSvg("width=\"20\" height=\"20\"", "red"));
    for (String png : pngs) {
      int n = Integer.parseInt(png.replaceAll(".*-(\\d+)px\\.png", "$1"));
      Files.createDirectories(kit.resolve(png).getParent());
      Files.write(kit.resolve(png), IllustratorKit.png(
          new java.awt.image.BufferedImage(n, n, java.awt.image.BufferedImage.TYPE_INT_ARGB),
          org.logokit.plan.OutputJob.pixelsPerMeter(96.0 * n / 20)));
    }
    return kit;
  }

  @Test
  void printsTheConfigWhenNotToldWhereToWriteIt() throws Exception {
    Path kit = square("a.svg", "a-16px.png", "a-64px.png");
    Run r = Run.of("import", kit.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("naming: \"{name}{suffix}.png\"\ntargets: [16px, 64px]\n"
        + "masters:\n  - \"a.svg\"\n"), r.out());
    assertTrue(r.err().contains("import: 2 of 2 files placed, 0 files reported"), r.err());
  }

  @Test
  void aMissingFolderIsBadUsage() {
    Run r = Run.of("import", dir.resolve("nope").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void yamlSyntaxAndNonAsciiInNamesStayInsideTheirYamlStrings() throws Exception {
    Path kit = square("a 'b' #c, [d] é.svg", "a 'b' #c, [d] é-16px.png");
    Path config = dir.resolve("logokit.yaml");
    Run r = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(0, r.exit(), r.err());
    Kit loaded = KitLoader.load(kit, config);
    assertEquals("a 'b' #c, [d] é.svg", loaded.masters().get(0).file());
    assertEquals("a 'b' #c, [d] é", loaded.masters().get(0).name());
    assertTrue(Files.readString(config).contains("\"a 'b' #c, [d] \\u00e9.svg\""));
  }

  @Test
  void aNameThatWouldFormAWorkflowCommandIsEscaped() throws Exception {
    Path kit = square("a.svg", "a-16px.png");
    Files.write(kit.resolve("x\n::warning::pwned.png"), Files.readAllBytes(
        kit.resolve("a-16px.png")));
    Run r = Run.of("import", kit.toString());
    assertEquals(1, r.exit());
    assertEquals(1, r.err().lines().filter(l -> l.contains("pwned")).count(), r.err());
    assertTrue(r.err().lines().noneMatch(l -> l.startsWith("::")), r.err());
    assertTrue(r.err().contains("x\\x0a"), r.err());
  }

  @Test
  void aLinkInTheKitIsNeverFollowed() throws Exception {
    Path kit = square("a.svg", "a-16px.png");
    Path outside = Files.write(dir.resolve("secret.png"), Files.readAllBytes(
        kit.resolve("a-16px.png")));
    Files.createSymbolicLink(kit.resolve("a-32px.png"), outside);
    Run r = Run.of("import", kit.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("a-32px.png: cannot be read"), r.err());
    assertFalse(r.out().contains("32px"), r.out());
  }

  @Test
  void compareNeedsBothFolders() throws Exception {
    Path kit = square("a.svg", "a-16px.png");
    assertEquals(2, Run.of("compare", kit.toString()).exit(), "--out is required");
    Run r = Run.of("compare", kit.toString(), "--out", dir.resolve("nope").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("nope: no such folder"), r.err());
    assertEquals(2, Run.of("compare", kit.toString(), "--out", kit.toString(), "--tolerance",
        "-1").exit());
  }
}
