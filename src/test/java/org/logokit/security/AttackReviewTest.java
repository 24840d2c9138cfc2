package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.DecodedPixels;
import org.logokit.TestFiles;
import org.logokit.format.png.PngEncoder;

/** What an attacker's review of the untrusted-repository rules found, each now a regression. */
class AttackReviewTest {
  @TempDir Path dir;

  /** The real command in its own JVM, run from {@code cwd} (the repository). */
  private static Cli runIn(Path cwd, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "org.logokit.cli.Main"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).start();
    Cli r = new Cli(TestFiles.exitOf(p), new String(p.getInputStream().readAllBytes(),
        StandardCharsets.UTF_8), new String(p.getErrorStream().readAllBytes(),
        StandardCharsets.UTF_8));
    r.assertNoStackTraceNorCommand();
    return r;
  }

  @Test
  void noWriteOrReadGoesThroughALinkedFolderInTheRepository() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path victim = Files.createDirectories(dir.resolve("victim/sub"));
    TestFiles.write(victim.resolve("press.md"), "<!-- logokit:begin -->\n<!-- logokit:end -->\n");
    Path assets = TestFiles.smallKit(repo, "[own]");
    TestFiles.copyTree(assets, dir.resolve("victim/assets"));
    Files.createSymbolicLink(repo.resolve("l"), dir.resolve("victim"));

    Cli c = runIn(repo, "convert", "assets/a.svg", "-o", "l/sub/x.png");
    assertEquals(1, c.exit(), c.all());
    assertTrue(c.err().contains("l: is a link where a folder is expected"), c.err());
    assertFalse(Files.exists(victim.resolve("x.png")));

    Cli r = runIn(repo, "render", "--assets", "l/assets", "--out", "out");
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("l is a link"), r.err());

    runIn(repo, "render", "--assets", "assets", "--out", "out");
    Cli page = runIn(repo, "page", "--out", "out", "--into", "l/sub/press.md");
    assertTrue(page.exit() != 0, page.all());
    assertEquals("<!-- logokit:begin -->\n<!-- logokit:end -->\n",
        Files.readString(victim.resolve("press.md")), "the page behind the link is untouched");

    Cli cfg = runIn(repo, "check", "--config", "l/assets/logokit.yaml");
    assertEquals(2, cfg.exit(), cfg.all());
    assertTrue(cfg.err().contains("is a link"), cfg.err());
  }

  @Test
  void aNamingTooShortIsADiagnosticNotACrash() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    TestFiles.write(assets.resolve("logokit.yaml"), "naming: \"a\"\nmasters: [a.svg]\n");
    Cli r = Cli.run("check", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("'naming' must end with .png"), r.err());
  }

  @Test
  void aDecompressionBombIsNotDecoded() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("render", "--assets", assets.toString(), "--out", out.toString())
        .exit());
    Path png = out.resolve("a/a.png");
    BufferedImage other = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
    other.setRGB(3, 4, 0xff0000ff);
    Files.write(png, PngEncoder.encode(other, 3779));
    try (DecodedPixels decoded = DecodedPixels.count()) {
      assertEquals(1, Cli.run("verify", "--out", out.toString()).exit());
      assertTrue(decoded.sizes().contains("20x20"), "the counter sees verify decode a changed "
          + "file: " + decoded.sizes());
    }

    Files.write(png, PngHeaders.claiming(9000, 9000)); // 81 M pixels
    try (DecodedPixels decoded = DecodedPixels.count()) {
      Cli v = Cli.run("verify", "--out", out.toString());
      assertEquals(1, v.exit());
      assertTrue(v.out().contains("claims 9000x9000 pixels, over the 67108864 an output may "
          + "have"), v.out());
      Cli p = Cli.run("check", "--assets", assets.toString(), "--out", out.toString(),
          "--pixels");
      assertEquals(1, p.exit(), p.all());
      // The intact 20x20 b/b.png may be decoded (the contact sheet's check looks at it).
      assertEquals(List.of(), decoded.sizes().stream().filter(s -> !s.equals("20x20")).toList(),
          "not one pixel of the bomb is decoded");
    }
  }

  @Test
  void aPageThatIsNotCleanTextGivesOneLineNamingIt() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path page = TestFiles.write(dir.resolve("p.md"), "![x](a%zz.png)\n");
    Cli r = Cli.run("verify", "--page", page.toString(), "--out", out.toString());
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.out().contains("no file named 'a%zz.png'"), r.out());
    Files.write(page, new byte[] {'!', '[', ']', '(', (byte) 0xff, ')', '\n'});
    r = Cli.run("verify", "--page", page.toString(), "--out", out.toString());
    assertTrue(r.err().contains("p.md: is not UTF-8 text"), r.err());
  }

  @Test
  void importReportsAFolderLogokitCannotWriteInsteadOfStopping() throws Exception {
    Path kit = dir.resolve("kit");
    TestFiles.write(kit.resolve("m|x/logo.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "red"));
    TestFiles.write(kit.resolve("n/other.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "blue"));
    for (String f : List.of("m|x/logo", "n/other")) {
      Cli c = Cli.run("convert", kit.resolve(f + ".svg").toString(), "-o",
          kit.resolve(f + "-16px.png").toString(), "--size", "16");
      assertEquals(0, c.exit(), c.all());
    }
    Cli r = Cli.run("import", kit.toString());
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains("contains '|'"), r.err());
    assertTrue(r.out().contains("other.svg"), "the rest is still adopted: " + r.out());
  }

  /** {@code man --dir} makes its folder as an output folder is made: never through a link. */
  @Test
  void manMakesNoFolderThroughALinkInTheRepository() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path victim = Files.createDirectories(dir.resolve("victim"));
    Files.createSymbolicLink(repo.resolve("l"), victim);
    Files.createSymbolicLink(repo.resolve("dangling"), dir.resolve("nowhere"));

    for (String into : List.of("l/man", "l/a/b/man", "l", "dangling/man", "dangling")) {
      Cli r = runIn(repo, "man", "--dir", into);
      try (var in = Files.list(victim)) {
        assertEquals(0, in.count(), into + ": not even a folder is made behind the link");
      }
      assertFalse(Files.exists(dir.resolve("nowhere")), into);
      assertEquals(1, r.exit(), into + ": " + r.all());
      assertTrue(r.err().contains("is a link where a folder is expected"), into + ": "
          + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }

    Cli ok = runIn(repo, "man", "--dir", "docs/man");
    assertEquals(0, ok.exit(), ok.all());
    assertTrue(Files.isRegularFile(repo.resolve("docs/man/logokit-render.1")));
  }
}
