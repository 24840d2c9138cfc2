package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.CliTest.Run;
import org.logokit.format.ImageFiles;

/** Issue 11's everyday tasks, each through the real command line. */
class EverydayUseTest {
  @TempDir Path dir;

  private Path logo() throws Exception {
    Path svg = dir.resolve("logo.svg");
    Files.copy(TestFiles.ASSETS.resolve("xmpp_logo.svg"), svg);
    return svg;
  }

  @Test
  void convertMakesOneFileNextToTheSvgAndNothingElse() throws Exception {
    Path svg = logo();
    Run r = CliTest.run("convert", svg.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("logo.png", "logo.svg"), List.copyOf(TestFiles.snapshot(dir).keySet()),
        "no manifest, contact sheet or lock");
    BufferedImage png = TestFiles.decode(dir.resolve("logo.png"));
    assertEquals(200, png.getWidth());
  }

  @Test
  void convertSizesFormatsSchemesAndBackgrounds() throws Exception {
    Path svg = logo();
    assertEquals(0, CliTest.run("convert", svg.toString(), "-o", dir.resolve("w.png")
        .toString(), "--width", "300").exit());
    assertEquals(300, TestFiles.decode(dir.resolve("w.png")).getWidth());
    assertEquals(0, CliTest.run("convert", svg.toString(), "-o", dir.resolve("h.png")
        .toString(), "--height", "50").exit());
    assertEquals(50, TestFiles.decode(dir.resolve("h.png")).getHeight());
    assertEquals(0, CliTest.run("convert", svg.toString(), "-o", dir.resolve("d.tiff")
        .toString(), "--dpi", "300").exit());
    assertEquals(List.of("625x625"), ImageFiles.entrySizes(Files.readAllBytes(
        dir.resolve("d.tiff"))));
    assertEquals(0, CliTest.run("convert", svg.toString(), "-o", dir.resolve("f.ico")
        .toString()).exit());
    assertEquals(List.of("16x16", "32x32", "48x48", "64x64", "128x128", "256x256"),
        ImageFiles.entrySizes(Files.readAllBytes(dir.resolve("f.ico"))));
    assertEquals(0, CliTest.run("convert", svg.toString(), "-o", dir.resolve("bg.png")
        .toString(), "--size", "64", "--background", "#ff0000", "--scheme", "dark").exit());
    BufferedImage bg = TestFiles.decode(dir.resolve("bg.png"));
    assertEquals(0xffff0000, bg.getRGB(0, 0), "the corner shows the background");
  }

  @Test
  void convertRefusesWhatItCannotDoWithAReason() throws Exception {
    Path svg = logo();
    Run r = CliTest.run("convert", svg.toString(), "-o", dir.resolve("x.gif").toString());
    assertEquals(2, r.exit());
    assertEquals("error: '.gif' is not an output format: use .png, .ico, .icns or .tiff",
        r.err().strip());
    r = CliTest.run("convert", svg.toString(), "--size", "16", "--dpi", "300");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: --size=N, --dpi=D are mutually exclusive"), r.err());
    assertTrue(r.err().contains("try 'logokit convert --help'"), r.err());
    r = CliTest.run("convert", dir.resolve("missing.svg").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("missing.svg: not found"), r.err());
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(dir.resolve("linked.png"), outside.resolve("victim.png"));
    r = CliTest.run("convert", svg.toString(), "-o", dir.resolve("linked.png").toString());
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(outside.resolve("victim.png")), "written in place of the link, "
        + "never through it");
  }

  @Test
  void adHocSizesAddToAKitAndNeverPruneIt() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own, 16px]");
    Path out = dir.resolve("out");
    assertEquals(0, CliTest.run("render", "--assets", assets.toString(), "--out",
        out.toString()).exit());
    Map<String, byte[]> kit = TestFiles.snapshot(out);
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out", out.toString(),
        "--sizes", "64px,8");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertFalse(r.out().contains("removed"), r.out());
    for (String path : List.of("a/a.png", "a/a-16px.png", "b/b.png", "b/b-16px.png")) {
      assertTrue(Files.exists(out.resolve(path)), path + " kept");
    }
    assertTrue(Files.exists(out.resolve("a/a-64px.png")) && Files.exists(out.resolve(
        "b/b-8px.png")));
    assertEquals(0, CliTest.run("verify", "--out", out.toString()).exit(),
        "the manifest lists the kit's files and the new ones");
    assertTrue(kit.size() > 0);

    r = CliTest.run("render", "--assets", assets.toString(), "--out", out.toString(),
        "--sizes", "16384");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--sizes: '16384' is over 8192 px"), r.err());
  }

  @Test
  void dryRunListsWhatWouldChangeAndChangesNothing() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own, 16px]");
    Path out = dir.resolve("out");
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out", out.toString(),
        "--dry-run");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("would write a/a-16px.png (missing)"), r.out());
    assertFalse(Files.exists(out), "not even the folder is made");
    CliTest.run("render", "--assets", assets.toString(), "--out", out.toString());
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [a.svg, b.svg]\n");
    Map<String, byte[]> before = TestFiles.snapshot(out);
    r = CliTest.run("render", "--assets", assets.toString(), "--out", out.toString(), "-n");
    assertTrue(r.out().contains("would remove a/a-16px.png"), r.out());
    assertTrue(r.out().contains("dry run: 0 files would be written, 2 removed"), r.out());
    assertEquals(before.keySet(), TestFiles.snapshot(out).keySet());
  }

  @Test
  void aPersonsFilesBesideTheLogosAreNotFindingsAndKeepCoversImages() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    Path out = dir.resolve("out");
    CliTest.run("render", "--assets", assets.toString(), "--out", out.toString());
    TestFiles.write(out.resolve("README.md"), "# Our logos");
    TestFiles.write(out.resolve("LICENSE.txt"), "CC-BY");
    assertEquals(0, CliTest.run("check", "--assets", assets.toString(), "--out",
        out.toString()).exit());
    assertEquals(0, CliTest.run("verify", "--out", out.toString()).exit());
    Files.copy(out.resolve("a/a.png"), out.resolve("banner.png"));
    assertEquals(1, CliTest.run("check", "--assets", assets.toString(), "--out",
        out.toString()).exit(), "a stray image still is");
    TestFiles.write(assets.resolve("logokit.yaml"), "keep: [\"banner.png\"]\n"
        + "targets: [own]\nmasters: [a.svg, b.svg]\n");
    CliTest.run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, CliTest.run("check", "--assets", assets.toString(), "--out",
        out.toString()).exit());
    assertEquals(0, CliTest.run("verify", "--out", out.toString()).exit());
  }

  @Test
  void everyConfigProblemInOneRunWithRealLinesAndSuggestions() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 64pxx]\n"
        + "schemas: [dark]\nmasters:\n  - file: a.svg\n    schemes: [drak]\n  - b.svg\n");
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit());
    String err = r.err();
    assertTrue(err.contains("logokit.yaml:1: bad value for 'targets[1]': '64pxx' is not a "
        + "target") && err.contains("(did you mean '64px'?)"), err);
    assertTrue(err.contains("logokit.yaml:2: unknown key 'schemas' (did you mean 'schemes'?)"),
        err);
    assertTrue(err.contains("logokit.yaml:5: bad value for 'masters[0].schemes[0]': 'drak' is "
        + "not a scheme: write light or dark (did you mean 'dark'?)"), err);

    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters:\n\t- a.svg\n");
    r = CliTest.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("logokit.yaml:3: YAML syntax: found character '\\t(TAB)' that "
        + "cannot start any token"),
        r.err());

    // Inside a master's entry, Jackson wraps the parser's error: still the tab and its line.
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters:\n  - file: a.svg"
        + "\n    title: A\n\ttargets: [own]\n");
    r = CliTest.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("logokit.yaml:5: YAML syntax: found character '\\t(TAB)'"),
        r.err());
  }

  @Test
  void configErrorsReachEveryFormat() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasterz: [a.svg]\n");
    String out = dir.resolve("output").toString();
    Run json = CliTest.run("check", "--assets", assets.toString(), "--out", out, "--format",
        "json");
    assertEquals(2, json.exit());
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertEquals(false, doc.get("ok").asBoolean());
    assertEquals(2, doc.get("failures").get(0).get("line").asInt());
    Run gh = CliTest.run("check", "--assets", assets.toString(), "--out", out, "--format",
        "github");
    assertTrue(gh.out().startsWith("::error file=") && gh.out().contains(",line=2,"),
        gh.out());
  }

  @Test
  void usageErrorsAreOneLineAndAPointerToHelp() {
    Run r = CliTest.run("render", "--assets", dir.resolve("assets").toString(), "--out",
        dir.resolve("output").toString(), "--colour", "red");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: Unknown options: '--colour', 'red'"), r.err());
    assertTrue(r.err().strip().endsWith("try 'logokit render --help'"), r.err());
    assertTrue(r.err().lines().count() <= 4, r.err());

    Run typo = CliTest.run("render", "--forse");
    assertEquals(2, typo.exit());
    assertEquals(List.of("error: Unknown option: '--forse' (did you mean '--force'?)",
        "try 'logokit render --help'"), typo.err().lines().toList());
  }

  @Test
  void aFileGivenAsTheOutputFolderIsNamedAsAFileWithNoWordOfLinks() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    Path file = Files.writeString(dir.resolve("README.md"), "# a kit\n");
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out", file.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of("error: " + file + ": is a file where a folder is expected"),
        r.err().lines().filter(l -> l.startsWith("error:")).toList(), r.err());
    assertEquals("# a kit\n", Files.readString(file), "left as it was");
  }

  @Test
  void anUnwritableOutputFolderSaysWhyFromTheOs() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own]");
    Path mount = Files.createDirectories(dir.resolve("ro"));
    TestFiles.mountTmpfsOrSkip(mount, "ro,size=64k",
        "the OS's own 'Read-only file system' error, word for word");
    try {
      Run r = CliTest.run("render", "--assets", assets.toString(), "--out", mount.toString());
      assertEquals(1, r.exit(), r.err());
      assertEquals("error: " + mount + "/.logokit.lock: cannot create the lock file: Read-only "
          + "file system", r.err().strip());
      // A folder to make inside it: the folder and the OS's reason, not a bare path.
      r = CliTest.run("render", "--assets", assets.toString(), "--out", mount + "/kit/a");
      assertEquals(1, r.exit(), r.err());
      assertEquals("error: " + mount + "/kit: cannot create the folder: Read-only file system",
          r.err().strip());
    } finally {
      TestFiles.unmount(mount);
    }
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    for (String cmd : List.of("render", "convert", "check", "verify", "page")) {
      Run r = CliTest.run(cmd, "--help");
      assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes: 0"),
          cmd + ": " + r.out());
    }
    Run r = CliTest.run("generate-completion");
    assertTrue(r.out().contains("(\"text\" \"json\" \"github\")")
        && r.out().contains("(\"light\" \"dark\" \"both\")"),
        "completion offers the values as they are typed");
    assertFalse(r.out().contains("GITHUB JSON TEXT"));
  }
}
