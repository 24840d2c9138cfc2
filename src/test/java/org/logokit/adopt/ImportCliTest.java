package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void writingIntoAMissingFolderFailsBeforeTheWork() throws Exception {
    Path kit = square("a.svg", "a-16px.png");
    Path config = dir.resolve("nope/logokit.yaml");
    Run r = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: --write "), r.err());
    assertTrue(r.err().contains("does not exist"), r.err());
    assertFalse(Files.exists(config.getParent()));
  }

  /**
   * Masters and exports side by side (the layout most kits have): the config written beside
   * them, rendered into that same folder, leaves check green: the masters are not strays, the
   * files no target makes are kept by the globs import wrote, not by a {@code **}{@code /*.png}.
   */
  @Test
  void renderingTheAdoptedKitIntoItsOwnFolderLeavesCheckGreen() throws Exception {
    Path kit = IllustratorKit.write(dir.resolve("side"));
    Path config = kit.resolve("logokit.yaml");
    Run imp = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(1, imp.exit(), imp.err());
    assertFalse(Files.readString(config).contains("**/*.png"));
    Run dry = Run.of("render", "--dry-run", "--assets", kit.toString(), "--out", kit.toString());
    assertEquals(0, dry.exit(), dry.err());
    // The kit's own exports are there: render replaces them, and says so.
    assertTrue(dry.out().contains("would overwrite projects/p/stacked/color/p-stacked-color.png "
        + "("), dry.out());
    Run render = Run.of("render", "-q", "--assets", kit.toString(), "--out", kit.toString());
    assertEquals(0, render.exit(), render.err());
    assertTrue(Files.exists(kit.resolve("manifest.json")));
    Run check = Run.of("check", "--assets", kit.toString(), "--out", kit.toString());
    assertEquals(0, check.exit(), check.out() + check.err());
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

  /**
   * The "next" commands import prints hold the kit's folder names, which are the pull
   * request's: pasted into a shell, they run logokit and nothing else.
   */
  @Test
  void theNextCommandsQuoteEveryPathForTheShell() throws Exception {
    String masters = "m`touch PWNED-backquote`";
    String exports = "x$(touch PWNED) it's";
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve(masters + "/a.svg"),
        TestFiles.rectSvg("width=\"20\" height=\"20\"", "red"));
    Files.createDirectories(kit.resolve(exports));
    Files.write(kit.resolve(exports + "/a-16px.png"), png(16, 16, 96.0 * 16 / 20));
    Files.write(kit.resolve(exports + "/a-32px.png"), png(32, 32, 96.0 * 32 / 20));
    Path config = dir.resolve("$(touch PWNED-config).yaml");
    Run r = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(0, r.exit(), r.err());

    String next = r.err().lines().filter(l -> l.startsWith("import: next, ")).findFirst()
        .orElseThrow().substring("import: next, ".length());
    String[] commands = next.split(", then ");
    assertEquals(2, commands.length, next);
    Path shell = Files.createDirectories(dir.resolve("shell"));
    List<String> render = pasted(shell, commands[0]);
    List<String> compare = pasted(shell, commands[1]);
    try (var made = Files.list(shell)) {
      assertEquals(List.of(), made.map(p -> p.getFileName().toString()).toList(),
          "nothing but logokit ran");
    }
    assertEquals(List.of("render", "--assets", kit.resolve(masters).toString(), "--config",
        config.toString(), "--out", "OUT"), render);
    assertEquals(List.of("compare", kit.resolve(exports).toString(), "--out", "OUT"), compare);
  }

  /** The arguments {@code sh} passes to logokit when a person pastes {@code command}. */
  private static List<String> pasted(Path cwd, String command) throws Exception {
    Process p = new ProcessBuilder("/bin/sh", "-c",
        "logokit() { printf '%s\\n' \"$@\"; }; " + command).directory(cwd.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().toList();
  }

  @Test
  void exportsThatDifferOnlyInCaseOrUnicodeFormAreReportedAndTheRestWritten() throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve("logo.svg"),
        TestFiles.rectSvg("width=\"20\" height=\"20\"", "red"));
    byte[] own = png(20, 20, 96);
    for (String name : new String[] {"logo-A.png", "logo-a.png", "logo-\u00e9.png",
        "logo-e\u0301.png"}) {
      Files.write(kit.resolve(name), own);
    }
    Files.write(kit.resolve("logo-16px.png"), png(16, 16, 96.0 * 16 / 20));
    Path config = dir.resolve("logokit.yaml");
    Run r = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(1, r.exit(), r.err());
    assertFalse(r.err().contains("does not load"), r.err());
    for (String name : new String[] {"logo-A.png", "logo-a.png", "logo-\u00e9.png",
        "logo-e\u0301.png"}) {
      assertEquals(1, r.err().lines().filter(l -> l.startsWith(kit.resolve(name) + ": its "
          + "path differs from ")).count(), name + " is reported once: " + r.err());
    }
    assertTrue(r.err().contains("only in case or Unicode form (NFC/NFD)"), r.err());
    assertTrue(r.err().contains("import: 1 of 5 files placed, 4 files reported"), r.err());
    Kit loaded = KitLoader.load(kit, config);
    assertEquals("[16px]", loaded.masters().get(0).targets().stream()
        .map(org.logokit.kit.Target::spec).toList().toString());
  }

  @Test
  void aHeaderClaimingMorePixelsThanTheBudgetIsReportedNotPlaced() throws Exception {
    Path kit = square("logo.svg", "logo-16px.png");
    Files.write(kit.resolve("logo-32768px.png"), header(32768, 32768, null));
    Files.write(kit.resolve("logo-9000px.png"), header(9000, 9000, null));
    Path config = dir.resolve("logokit.yaml");
    Run r = Run.of("import", kit.toString(), "--write", config.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(kit.resolve("logo-32768px.png") + ": it is 32768x32768, over "
        + "the pixel budget of 67108864 pixels an output may have (maxPixelsPerOutput): no "
        + "render could make it"), r.err());
    assertTrue(r.err().contains(kit.resolve("logo-9000px.png") + ": it is 9000x9000, over"),
        r.err());
    assertEquals("[16px]", KitLoader.load(kit, config).masters().get(0).targets().stream()
        .map(org.logokit.kit.Target::spec).toList().toString());
  }

  /** pHYs values are unsigned: 2^31 and more is a broken file, not one without a pHYs. */
  @Test
  void aPhysOver2To31IsInvalidNotAbsent() throws Exception {
    Path kit = square("logo.svg", "logo-16px.png");
    Files.write(kit.resolve("logo-32px.png"), header(32, 32, 0xFFFF_FFFFL)); // -1 as an int
    Files.write(kit.resolve("logo-64px.png"), header(64, 64, 0x8000_0000L));
    Run r = Run.of("import", kit.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(kit.resolve("logo-32px.png") + ": cannot be read: invalid "
        + "pHYs: 4294967295x4294967295 px/m, over 2147483647"), r.err());
    assertTrue(r.err().contains(kit.resolve("logo-64px.png") + ": cannot be read: invalid "
        + "pHYs: 2147483648x2147483648 px/m"), r.err());
    assertFalse(r.err().contains("note:"), "not placed as a file with no pHYs: " + r.err());
    assertTrue(r.out().contains("targets: [16px]"), r.out());
  }

  private static byte[] png(int width, int height, double dpi) throws Exception {
    return IllustratorKit.png(new java.awt.image.BufferedImage(width, height,
        java.awt.image.BufferedImage.TYPE_INT_ARGB),
        org.logokit.plan.OutputJob.pixelsPerMeter(dpi));
  }

  /**
   * A PNG's signature, IHDR, a pHYs in metres holding {@code ppm} as the file's 4 bytes (none
   * when {@code null}), and a token image: what import reads of a file, for any size.
   */
  private static byte[] header(int width, int height, Long ppm) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put(new byte[] {8, 6, 0, 0, 0}).array());
    if (ppm != null) {
      chunk(out, "pHYs", java.nio.ByteBuffer.allocate(9).putInt((int) (long) ppm)
          .putInt((int) (long) ppm).put((byte) 1).array());
    }
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
