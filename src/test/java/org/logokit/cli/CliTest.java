package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.kit.KitLoader;
import org.logokit.manifest.BuildInfo;
import org.logokit.verify.ManifestFile;

class CliTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "render", "verify", "check", "page", "import", "compare"})
  void everyCommandHasHelpAndVersion(String command) {
    String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
    Run help = run(concat(prefix, "--help"));
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Usage: logokit" + (command.isEmpty() ? "" : " " + command)),
        help.out());
    Run version = run(concat(prefix, "--version"));
    assertEquals(0, version.exit());
    List<String> lines = version.out().strip().lines().toList();
    assertEquals("logokit " + BuildInfo.version(), lines.get(0));
    assertTrue(lines.get(1).startsWith("Java " + Runtime.version()), lines.get(1));
    assertEquals("start-up cache: none: not started by the logokit launcher (java -jar runs"
        + " without one)", lines.get(2));
  }

  @Test
  void versionComesFromTheBuild() {
    assertTrue(BuildInfo.version().matches("\\d+\\.\\d+\\.\\d+.*"), BuildInfo.version());
  }

  @Test
  void noCommandOrUnknownOptionIsBadUsage() throws Exception {
    assertEquals(2, run().exit());
    Path assets = TestFiles.smallKit(dir, "[own]");
    Path out = dir.resolve("output");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString(), "--colour",
        "red");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown options: '--colour'"), r.err());
    assertFalse(Files.exists(out), "nothing rendered");
  }

  @Test
  void renderWritesTheKitAndVerifyPasses() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = dir.resolve("output");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString(), "--sizes",
        "16,64");
    assertEquals(0, r.exit(), r.err());
    int masters = KitLoader.load(assets, null).masters().size();
    assertEquals("rendered " + masters + " of " + masters + " masters into " + out + ": "
        + outputs(out) + " files written, 0 current", r.out().strip());
    assertTrue(Files.exists(out.resolve("xmpp_logo/xmpp_logo-64px.png")));
    assertFalse(Files.exists(out.resolve("xmpp_logo/xmpp_logo.png")), "--sizes replaces targets");

    Run v = run("verify", "--out", out.toString());
    assertEquals(0, v.exit(), v.out());
    assertEquals("verify: " + out + " matches its manifest", v.out().strip());
  }

  @Test
  void badConfigExitsTwoNamesKeyAndLineAndWritesNothing() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path config = TestFiles.write(assets.resolve("logokit.yaml"),
        "masters:\n  - file: xmpp_logo.svg\n    target: [64px]\n");
    Path out = dir.resolve("output");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: " + config + ":3: unknown key 'target'"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(out));
  }

  @Test
  void badMasterExitsOneAndNamesTheFileWhileTheOthersRender() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Files.writeString(assets.resolve("xmpp_white_logo.svg"), "<svg");
    Path out = dir.resolve("output");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString(), "--sizes",
        "32");
    assertEquals(1, r.exit());
    List<String> errors = r.err().lines().filter(l -> l.startsWith("error:")).toList();
    assertEquals(1, errors.size(), r.err());
    assertTrue(errors.get(0).startsWith("error: " + assets.resolve("xmpp_white_logo.svg")
        + ": not well-formed XML (line 1"), errors.get(0));
    int masters = KitLoader.load(assets, null).masters().size();
    assertEquals("rendered " + (masters - 1) + " of " + masters + " masters into " + out + ": "
        + outputs(out) + " files written, 0 current", r.out().strip());
    assertTrue(ManifestFile.read(out).manifest().outputs().stream()
        .noneMatch(e -> e.master().equals("xmpp_white_logo.svg")), "none of the bad master's");
  }

  @Test
  void schemeOptionRendersEveryMasterInIt() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = dir.resolve("output");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString(), "--sizes",
        "32", "--scheme", "dark");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(out.resolve("xmpp_black_logo/xmpp_black_logo-dark-32px.png")));
    assertFalse(Files.exists(out.resolve("xmpp_black_logo/xmpp_black_logo-32px.png")));
    Path other = dir.resolve("sepia");
    assertEquals(2, run("render", "--assets", assets.toString(), "--out", other.toString(),
        "--scheme", "sepia").exit());
    assertFalse(Files.exists(other), "nothing rendered");
  }

  @Test
  void badSizesAreBadUsage() {
    Run r = run("render", "--assets", TestFiles.ASSETS.toString(), "--out",
        dir.resolve("o").toString(), "--sizes", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--sizes: '0px' is out of range"), r.err());
    r = run("render", "--assets", TestFiles.ASSETS.toString(), "--out",
        dir.resolve("o").toString(), "--sizes", "big");
    assertEquals(2, r.exit());
    assertFalse(Files.exists(dir.resolve("o")), "nothing rendered");
  }

  @Test
  void verifyReportsEachProblemOnALineAndExitsOne() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("output"));
    Files.delete(out.resolve("xmpp_logo/xmpp_logo.png"));
    Run r = run("verify", "--out", out.toString());
    assertEquals(1, r.exit());
    assertEquals(List.of(out.resolve("xmpp_logo/xmpp_logo.png")
        + ": missing: listed in the manifest, not in the folder", "verify: 1 problem in " + out),
        r.out().lines().toList());
  }

  @Test
  void verifyOfAFolderThatIsNotThereIsBadUsage() {
    Run r = run("verify", "--out", dir.resolve("nope").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("nope: no such folder"), r.err());
  }

  /** How many outputs the folder's manifest records. */
  private static int outputs(Path out) throws Exception {
    return ManifestFile.read(out).manifest().outputs().size();
  }

  private static String[] concat(String[] a, String b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + 1);
    all[a.length] = b;
    return all;
  }
}
