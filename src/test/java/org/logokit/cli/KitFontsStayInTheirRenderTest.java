package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/**
 * Issue 20, item 2: kit fonts were registered for the whole JVM, so a render of one kit drew,
 * without a word, with a font that only an earlier kit had listed (and FontsCliTest's check for
 * an installed Comfortaa then skipped the whole class). A kit's fonts are given to its own
 * renders only.
 */
class KitFontsStayInTheirRenderTest {
  private static final Path FONTS = TestFiles.RESOURCES.resolve("fonts");

  @TempDir Path dir;

  @BeforeEach
  void comfortaaIsNotInstalled() {
    assumeFalse(families().contains("comfortaa"),
        "Comfortaa is installed on this machine: the fallback cannot be seen");
  }

  private static List<String> families() {
    return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames()).map(String::toLowerCase).toList();
  }

  /** A kit of the Comfortaa wordmark, listing the font or not. */
  private Path kit(String name, boolean listFont) throws Exception {
    Path assets = Files.createDirectories(dir.resolve(name));
    Files.copy(FONTS.resolve("comfortaa-wordmark.svg"), assets.resolve("logo.svg"));
    Files.createDirectories(assets.resolve("fonts"));
    Files.copy(FONTS.resolve("comfortaa/Comfortaa-Regular.ttf"),
        assets.resolve("fonts/Comfortaa-Regular.ttf"));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [logo.svg]\n"
        + (listFont ? "fonts: [fonts/Comfortaa-Regular.ttf]\n" : ""));
    return assets;
  }

  @Test
  void aKitWithoutTheFontDoesNotGetItFromAnEarlierRender() throws Exception {
    Path a = kit("a", true);
    CliTest.Run withFont = CliTest.run("render", "--strict", "-q", "--assets", a.toString(),
        "--out", dir.resolve("out-a").toString());
    assertEquals(0, withFont.exit(), withFont.err());
    assertFalse(families().contains("comfortaa"), "the kit's font is the JVM's now");

    Path b = kit("b", false);
    CliTest.Run without = CliTest.run("render", "--strict", "-q", "--assets", b.toString(),
        "--out", dir.resolve("out-b").toString());
    assertEquals(1, without.exit(), without.err());
    assertEquals(List.of("error: " + b.resolve("logo.svg") + ": font-family 'Comfortaa' is not "
        + "available: its text is drawn in Java's default font (SansSerif) instead"),
        without.err().lines().toList());
    CliTest.Run check = CliTest.run("check", "--assets", b.toString(), "--out",
        dir.resolve("out-a").toString());
    assertEquals(1, check.exit());
  }
}
