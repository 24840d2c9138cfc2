package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.CliTest.Run;

/** copyMasters and title: the output folder is the kit as a page publishes it. */
class KitAsPublishedTest {
  @TempDir Path dir;

  @Test
  void mastersAreCopiedListedAndVerifiedAndTitlesReachThePage() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    TestFiles.write(assets.resolve("logokit.yaml"), "copyMasters: true\ntargets: [own]\n"
        + "masters:\n  - {file: a.svg, title: Acme Logo, schemes: [light, dark]}\n"
        + "  - b.svg\n");
    Path out = dir.resolve("out");
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertArrayEquals(Files.readAllBytes(assets.resolve("a.svg")),
        Files.readAllBytes(out.resolve("a/a.svg")), "the master, byte for byte");
    assertTrue(Files.exists(out.resolve("b/b.svg")));
    assertEquals(1, TestFiles.snapshot(out).keySet().stream().filter(p -> p.startsWith("a/")
        && p.endsWith(".svg")).count(), "one copy whatever the schemes");
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"path\" : \"a/a.svg\""));
    assertEquals(0, CliTest.run("verify", "--out", out.toString()).exit());
    assertEquals(0, CliTest.run("check", "--assets", assets.toString(), "--out",
        out.toString()).exit());

    Run page = CliTest.run("page", "--out", out.toString());
    assertTrue(page.out().contains("## Acme Logo (PNG)"), page.out());
    assertTrue(page.out().contains("caption=\"Acme Logo (PNG file)\""), page.out());
    assertTrue(page.out().contains("## B (PNG)"), "derived when there is no title");

    // A page that links the SVGs and PNGs checks against the output folder alone.
    Path md = TestFiles.write(dir.resolve("kit.md"), "![](/logos/a.svg) ![](/logos/a.png)\n");
    assertEquals(0, CliTest.run("verify", "--page", md.toString(), "--out", out.toString())
        .exit());

    // Editing the master makes its copy stale like its PNGs.
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "navy"));
    Run c = CliTest.run("check", "--assets", assets.toString(), "--out", out.toString());
    assertTrue(c.out().contains("master changed: 3 outputs (a/a-dark.png, a/a.png, a/a.svg)"),
        c.out());
  }

  @Test
  void aTitleIsOneLineOfPlainText() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    TestFiles.write(assets.resolve("logokit.yaml"), "masters:\n"
        + "  - {file: a.svg, title: \"two\\nlines\"}\n");
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("'title' of 'a.svg' must be one line of plain text"), r.err());
  }
}
