package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.cli.CliTest.Run;

/** Completion, man pages, progress and --quiet: a CLI people keep. */
class ConveniencesTest {
  @TempDir Path dir;

  @Test
  void bashCompletionKnowsTheCommandsAndOptions() {
    Run r = CliTest.run("generate-completion");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
    for (String word : List.of("render", "verify", "check", "page", "--force", "--pixels")) {
      assertTrue(r.out().contains(word), word);
    }
  }

  @Test
  void manPagesAreGeneratedForEveryCommand() throws Exception {
    Run r = CliTest.run("man", "--dir", dir.toString());
    assertEquals(0, r.exit(), r.err());
    for (String cmd : List.of("logokit", "logokit-render", "logokit-convert", "logokit-check",
        "logokit-verify", "logokit-page")) {
      String page = Files.readString(dir.resolve(cmd + ".1"));
      assertTrue(page.startsWith(".TH " + cmd.toUpperCase(java.util.Locale.ROOT) + " 1"), cmd);
      assertTrue(page.contains(".SH SYNOPSIS") && page.contains(".SH EXIT STATUS"), cmd);
    }
    assertTrue(Files.readString(dir.resolve("logokit-render.1")).contains("\\-\\-force"));
  }

  @Test
  void progressIsPlainLinesWhenNotOnATerminal() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Run r = CliTest.run("render", "--assets", assets.toString(), "--out",
        dir.resolve("o").toString(), "--sizes", "16");
    assertEquals(0, r.exit());
    int masters = org.logokit.kit.KitLoader.load(assets, null).masters().size();
    List<String> lines = r.err().lines().toList();
    assertEquals(masters, lines.size(), "a line per master: " + r.err());
    assertTrue(lines.stream().allMatch(l -> l.matches("\\[\\s*\\d+/" + masters
        + "\\] .+\\.svg: \\d+ files? written")), r.err());
    assertTrue(lines.get(masters - 1).startsWith("[" + masters + "/" + masters + "] "),
        lines.get(masters - 1));
  }

  @Test
  void progressRedrawsOneLineOnATerminal() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(SafePrintWriter.of(new PrintWriter(err)), Progress.Mode.TERMINAL);
    p.masterDone("a.svg", 1, 2, 3, false);
    p.masterDone("b.svg", 2, 2, 0, true);
    assertEquals("\r\033[K[1/2] a.svg: 3 files written\r\033[K[2/2] b.svg: failed\r\033[K",
        err.toString());
  }

  @Test
  void quietPrintsNothingWhenAllIsWell() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Run r = CliTest.run("render", "-q", "--assets", assets.toString(), "--out",
        dir.resolve("o").toString(), "--sizes", "16");
    assertEquals(0, r.exit());
    assertEquals("", r.out() + r.err());
    Run v = CliTest.run("verify", "--quiet", "--out", dir.resolve("o").toString());
    assertEquals("", v.out() + v.err());
  }

  @Test
  void quietStillPrintsErrorsAndFindings() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    Files.delete(out.resolve("xmpp_logo/xmpp_logo.png"));
    Run v = CliTest.run("verify", "-q", "--out", out.toString());
    assertEquals(1, v.exit());
    assertEquals(List.of(out.resolve("xmpp_logo/xmpp_logo.png")
        + ": missing: listed in the manifest, not in the folder"), v.out().lines().toList());
  }

  /** --jobs means the same in every command that takes it: at least 1, 0 refused. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"render", "check"})
  void jobsZeroIsBadUsageEverywhere(String command) throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("logokit-jobs");
    java.nio.file.Path assets = org.logokit.TestFiles.smallKit(dir, "[own]");
    CliTest.Run r = CliTest.run(command, "--assets", assets.toString(), "--out",
        dir.resolve("out").toString(), "--jobs", "0");
    org.junit.jupiter.api.Assertions.assertEquals(2, r.exit(), r.err());
    org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("--jobs must be at least 1"),
        r.err());
  }
}
