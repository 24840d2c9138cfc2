package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.render.HostileFonts;

/**
 * Issue 21, item 7: a font collection ({@code .ttc} in {@code fonts:}) whose directory lists
 * 4,000,000 fonts, 16 MB and so under the 16 MiB cap: Java built a face for each entry (over
 * 60 s and 2.5 GB before {@code render} drew anything). The directory is checked before Java
 * sees the file (FontDirectoryTest bounds the work: one record read), and the render stops with
 * one line naming the file.
 */
class FontCollectionAttackTest {
  @TempDir Path dir;

  @Test
  void aCollectionOfMillionsOfFontsIsOneLineNamingTheFile() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "red"));
    Files.createDirectories(assets.resolve("fonts"));
    Files.write(assets.resolve("fonts/many.ttc"), HostileFonts.collection(4_000_000));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [a.svg]\n"
        + "fonts: [fonts/many.ttc]\n");
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.exit(), r.all());
    assertEquals(List.of("error: " + assets.resolve("fonts/many.ttc") + ": not a usable "
        + "TrueType or OpenType font (a collection of 4000000 fonts, more than 64)"),
        r.err().lines().filter(l -> l.startsWith("error")).toList());
    assertFalse(Files.exists(dir.resolve("out/a/a.png")));
    Cli check = Cli.run("check", "--assets", assets.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, check.exit(), check.all());
    assertEquals(1, check.all().lines().filter(l -> l.contains("a collection of 4000000 fonts"))
        .count(), check.all());
  }
}
