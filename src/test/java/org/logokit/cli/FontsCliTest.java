package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.manifest.ManifestJson;
import org.logokit.verify.ImageComparison;

/**
 * Fonts are part of the kit: {@code fonts:} in the config supplies them, a missing one is a
 * warning naming the master, the family and the face used instead ({@code render}), an error
 * with {@code --strict} and in {@code check}, and a changed font file makes outputs stale. The
 * master draws live text in Comfortaa (SIL OFL, from Debian's fonts-comfortaa, in
 * src/test/resources/fonts), which this machine does not have installed.
 */
class FontsCliTest {
  private static final Path FONTS = TestFiles.RESOURCES.resolve("fonts");
  private static final String TTF = "fonts/Comfortaa-Regular.ttf";

  @TempDir Path dir;

  /**
   * Asked before each test, so that on a machine with Comfortaa each test is reported skipped
   * with this reason (an assumption in {@code @BeforeAll} made the class run 0 tests, and report
   * 0 skipped, once an earlier test had registered the kit's Comfortaa for the whole JVM).
   */
  @BeforeEach
  void comfortaaIsNotInstalled() {
    assumeFalse(Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames()).anyMatch(f -> f.equalsIgnoreCase("Comfortaa")),
        "Comfortaa is installed on this machine: the fallback cannot be seen");
  }

  /** assets/ with the wordmark master and the font, and a config listing it or not. */
  private Path kit(boolean listFont) throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    Files.copy(FONTS.resolve("comfortaa-wordmark.svg"), assets.resolve("logo.svg"));
    Files.createDirectories(assets.resolve("fonts"));
    Files.copy(FONTS.resolve("comfortaa/Comfortaa-Regular.ttf"), assets.resolve(TTF));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 64px]\nmasters: [logo.svg]\n"
        + (listFont ? "fonts: [" + TTF + "]\n" : ""));
    return assets;
  }

  private String out() {
    return dir.resolve("out").toString();
  }

  @Test
  void theKitsFontDrawsTheTextWithoutAWarning() throws Exception {
    Path assets = kit(true);
    CliTest.Run withFont = CliTest.run("render", "--assets", assets.toString(), "--out", out());
    assertEquals(0, withFont.exit(), withFont.err());
    assertFalse(withFont.err().contains("warning"), withFont.err());

    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 64px]\nmasters: [logo.svg]\n");
    Path fallbackOut = dir.resolve("fallback");
    CliTest.Run without = CliTest.run("render", "--assets", assets.toString(), "--out",
        fallbackOut.toString());
    assertEquals(0, without.exit(), without.err());
    // Same master, same size: only the face of the word differs, and it differs a lot.
    ImageComparison d = ImageComparison.of(
        TestFiles.decode(dir.resolve("out/logo/logo.png")),
        TestFiles.decode(fallbackOut.resolve("logo/logo.png")));
    assertTrue(d.changedPixels() > 500, "the kit's font changed only " + d.changedPixels()
        + " pixels");
  }

  @Test
  void aMissingFontIsAWarningNamingMasterFamilyAndFallback() throws Exception {
    Path assets = kit(false);
    CliTest.Run r = CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("warning: " + assets.resolve("logo.svg") + ": font-family 'Comfortaa' "
        + "is not available: its text is drawn in Java's default font (SansSerif) instead"),
        r.err().lines().toList());
  }

  @Test
  void theFallbackNamedIsTheNextFamilyThatIsThere() throws Exception {
    Path assets = kit(false);
    TestFiles.write(assets.resolve("logo.svg"), Files.readString(assets.resolve("logo.svg"))
        .replace("font-family=\"Comfortaa\"", "font-family=\"Comfortaa, serif\""));
    CliTest.Run r = CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out());
    assertTrue(r.err().contains("font-family 'Comfortaa' is not available: its text is drawn in "
        + "'serif' instead"), r.err());
  }

  @Test
  void strictMakesAMissingFontAnErrorAndWritesNothing() throws Exception {
    Path assets = kit(false);
    CliTest.Run r = CliTest.run("render", "--strict", "-q", "--assets", assets.toString(),
        "--out", out());
    assertEquals(1, r.exit());
    assertEquals(List.of("error: " + assets.resolve("logo.svg") + ": font-family 'Comfortaa' "
        + "is not available: its text is drawn in Java's default font (SansSerif) instead"),
        r.err().lines().toList());
    assertFalse(Files.exists(dir.resolve("out/logo/logo.png")));
  }

  @Test
  void checkAlwaysCallsAMissingFontAnError() throws Exception {
    Path assets = kit(false);
    assertEquals(0, CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out())
        .exit());
    CliTest.Run check = CliTest.run("check", "--assets", assets.toString(), "--out", out());
    assertEquals(1, check.exit(), check.out() + check.err());
    assertTrue((check.out() + check.err()).contains("font-family 'Comfortaa' is not available"),
        check.out() + check.err());

    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 64px]\nmasters: [logo.svg]\n"
        + "fonts: [" + TTF + "]\n");
    assertEquals(0, CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out())
        .exit());
    CliTest.Run ok = CliTest.run("check", "--assets", assets.toString(), "--out", out());
    assertEquals(0, ok.exit(), ok.out() + ok.err());
  }

  @Test
  void aChangedFontFileMakesTheOutputsStaleAndTheManifestRecordsIt() throws Exception {
    Path assets = kit(true);
    assertEquals(0, CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out())
        .exit());
    var manifest = ManifestJson.read(Files.readAllBytes(dir.resolve("out/manifest.json")))
        .manifest();
    assertEquals(TTF, manifest.fonts().get(0).file());
    assertEquals(64, manifest.fonts().get(0).sha256().length());

    Files.write(assets.resolve(TTF), new byte[16], java.nio.file.StandardOpenOption.APPEND);
    CliTest.Run check = CliTest.run("check", "--assets", assets.toString(), "--out", out());
    assertEquals(1, check.exit());
    assertTrue(check.out().contains("fonts changed: 2 outputs (logo/logo-64px.png, "
        + "logo/logo.png)"), check.out());
    CliTest.Run again = CliTest.run("render", "--assets", assets.toString(), "--out", out());
    assertTrue(again.out().contains("2 files written"), again.out());
    assertEquals(0, CliTest.run("check", "--assets", assets.toString(), "--out", out()).exit());
  }

  @Test
  void aMalformedFontIsOneLineNamingTheFile() throws Exception {
    Path assets = kit(true);
    Files.writeString(assets.resolve(TTF), "<html>not a font</html>");
    CliTest.Run r = CliTest.run("render", "--assets", assets.toString(), "--out", out());
    assertEquals(1, r.exit());
    List<String> lines = r.err().lines().filter(l -> l.startsWith("error")).toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("error: " + assets.resolve(TTF)
        + ": not a usable TrueType or OpenType font"), lines.get(0));
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(dir.resolve("out/logo/logo.png")));
  }

  @Test
  void fontFilesAreReadOnlyInsideTheAssetsFolderAndWithinTheCap() throws Exception {
    Path assets = kit(false);
    Path outside = TestFiles.write(dir.resolve("secret.ttf"), "x");
    Files.createSymbolicLink(assets.resolve("fonts/link.ttf"), outside);
    try (RandomAccessFile big = new RandomAccessFile(assets.resolve("fonts/big.ttf").toFile(),
        "rw")) {
      big.setLength((16L << 20) + 1);
    }
    TestFiles.write(assets.resolve("fonts/web.woff"), "x");
    TestFiles.write(assets.resolve("logokit.yaml"), "masters: [logo.svg]\nfonts: [fonts/link.ttf, "
        + "fonts/big.ttf, fonts/web.woff, ../secret.ttf, fonts/none.otf]\n");
    CliTest.Run r = CliTest.run("render", "--assets", assets.toString(), "--out", out());
    assertEquals(2, r.exit());
    String err = r.err();
    assertTrue(err.contains("font 'fonts/link.ttf' is a link that leads outside the assets "
        + "folder"), err);
    assertTrue(err.contains("font 'fonts/big.ttf' is 16777217 bytes, over the input budget of "
        + "16777216"), err);
    assertTrue(err.contains("font 'fonts/web.woff' is not a .ttf, .otf or .ttc file"), err);
    assertTrue(err.contains("font '../secret.ttf' is a link that leads outside the assets "
        + "folder"), err);
    assertTrue(err.contains("font 'fonts/none.otf' not found"), err);
  }

  @Test
  void controlCharactersInAFamilyAreEscaped() throws Exception {
    Path assets = kit(false);
    TestFiles.write(assets.resolve("logo.svg"), Files.readString(assets.resolve("logo.svg"))
        .replace("font-family=\"Comfortaa\"", "font-family=\"'Evil&#9;&#133;&#x9f;[2J'\""));
    CliTest.Run r = CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("font-family 'Evil\\x09\\x85\\x9f[2J' is not available"),
        r.err());
  }

  @Test
  void textThatNamesNoFontIsNotWarnedAbout() throws Exception {
    Path assets = kit(false);
    TestFiles.write(assets.resolve("logo.svg"), Files.readString(assets.resolve("logo.svg"))
        .replace(" font-family=\"Comfortaa\"", ""));
    CliTest.Run r = CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void aFamilyInheritedFromAGroupIsAskedFor() throws Exception {
    Path assets = kit(false);
    TestFiles.write(assets.resolve("logo.svg"), Files.readString(assets.resolve("logo.svg"))
        .replace(" font-family=\"Comfortaa\"", "").replace("<text", "<g font-family=\"Comfortaa\">"
            + "<text").replace("</text>", "</text></g>"));
    CliTest.Run r = CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out());
    assertTrue(r.err().contains("font-family 'Comfortaa' is not available"), r.err());
  }

  /**
   * With no font on the machine, Java cannot lay out text at all: one line naming the master,
   * not a crash. Hides the machine's fonts in a private mount namespace (root and util-linux's
   * unshare, as on CI); skipped where that is not possible.
   */
  @Test
  void noFontOnTheMachineIsOneLineNamingTheMaster() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/usr/share/fonts")));
    Process probe = new ProcessBuilder("unshare", "-m", "sh", "-c",
        "mount -t tmpfs none /usr/share/fonts").redirectErrorStream(true).start();
    assumeTrue(org.logokit.TestFiles.exitOf(probe) == 0,
        "cannot hide the machine's fonts here");
    Path assets = kit(false);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder("unshare", "-m", "sh", "-c",
        "mount -t tmpfs none /usr/share/fonts && exec \"$0\" \"$@\"", java,
        "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), "org.logokit.cli.Main", "render", "-q",
        "--assets", assets.toString(), "--out", out()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    org.logokit.TestFiles.exitOf(p);
    assertEquals(1, p.exitValue(), log);
    assertEquals(List.of("error: " + assets.resolve("logo.svg") + ": draws text, but this "
        + "machine has no fonts at all: install one (on Debian, fonts-dejavu-core)"),
        log.lines().toList());
  }
}
