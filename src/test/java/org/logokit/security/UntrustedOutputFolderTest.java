package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.text.Sha256;

/**
 * The output folder, its manifest and a report folder are the pull request's too. Links in them
 * are never followed, a FIFO never opened, a manifest record never trusted to point inside the
 * folder or to tell the truth, and nothing is deleted because the manifest says so unless it is
 * logokit's own unchanged file.
 */
class UntrustedOutputFolderTest {
  @TempDir Path dir;

  private Path assets;
  private Path out;
  private Path outside;

  private void kit() throws Exception {
    assets = TestFiles.smallKit(dir, "[own, 16px]");
    out = dir.resolve("out");
    outside = Files.createDirectories(dir.resolve("outside"));
    TestFiles.write(outside.resolve("precious.png"), "not yours");
  }

  private Cli render(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "render";
    args[1] = "--assets";
    args[2] = assets.toString();
    args[3] = "--out=" + out;
    System.arraycopy(extra, 0, args, 4, extra.length);
    return Cli.run(args);
  }

  private void assertOutsideUntouched() throws Exception {
    assertEquals(List.of("precious.png"), List.copyOf(TestFiles.snapshot(outside).keySet()));
    assertEquals("not yours", Files.readString(outside.resolve("precious.png")));
  }

  @Test
  void aLinkedFolderInsideTheOutputIsNeverWrittenThrough() throws Exception {
    kit();
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("a"), outside);
    Cli r = render();
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains("a.svg: not written") && r.err().contains("is a link where a "
        + "folder is expected"), r.err());
    assertOutsideUntouched();
    assertTrue(Files.isRegularFile(out.resolve("b/b.png")), "the other master renders");
    assertTrue(Files.isSymbolicLink(out.resolve("a")), "the link itself is left alone");
  }

  @Test
  void aManifestRecordUnderALinkedFolderIsNotDeletedThroughIt() throws Exception {
    kit();
    assertEquals(0, render().exit());
    // The record says a/a.png, whose recorded bytes are the victim's; a/ is now a link.
    byte[] victim = Files.readAllBytes(out.resolve("a/a.png"));
    TestFiles.write(outside.resolve("a.png"), "");
    Files.write(outside.resolve("a.png"), victim);
    TestFiles.copyTree(out.resolve("a"), dir.resolve("moved"));
    deleteTree(out.resolve("a"));
    Files.createSymbolicLink(out.resolve("a"), outside);
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 16px]\nmasters: [b.svg]\n");
    Cli r = render();
    assertArrayEquals(victim, Files.readAllBytes(outside.resolve("a.png")), r.all());
    assertTrue(r.err().contains("not removed"), r.err());
  }

  @Test
  void anOutputFolderThatIsALinkIsRefused() throws Exception {
    kit();
    Files.createSymbolicLink(out, outside);
    Cli r = render();
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains("is a link where a folder is expected"), r.err());
    assertOutsideUntouched();
  }

  /** Opening the FIFO would block for ever: the timeout fails such a hang, in its own thread. */
  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoOrLinkWhereTheLockGoesIsAnErrorNotAHang() throws Exception {
    kit();
    Files.createDirectories(out);
    new ProcessBuilder("mkfifo", out.resolve(".logokit.lock").toString()).start().waitFor();
    Cli r = render();
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains(".logokit.lock: is a special file"), r.err());

    Files.delete(out.resolve(".logokit.lock"));
    Path target = outside.resolve("created-by-lock");
    Files.createSymbolicLink(out.resolve(".logokit.lock"), target);
    r = render();
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains(".logokit.lock: is a link"), r.err());
    assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void theReportFolderIsNotWrittenThroughLinksAndIsClearedOfItsOwnOldFiles() throws Exception {
    kit();
    assertEquals(0, render().exit());
    Path report = Files.createDirectories(dir.resolve("report"));
    Files.createSymbolicLink(report.resolve("index.html"), outside.resolve("precious.png"));
    TestFiles.write(report.resolve("099-after.png"), "stale picture of an earlier run");
    TestFiles.write(report.resolve("notes.txt"), "a person's file");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "navy"));
    Cli r = Cli.run("check", "--assets", assets.toString(), "--out", out.toString(),
        "--pixels", "--report", report.toString());
    assertEquals(1, r.exit(), r.all());
    assertOutsideUntouched();
    assertTrue(Files.isRegularFile(report.resolve("index.html"), LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(report.resolve("099-after.png")), "stale report file removed");
    assertTrue(Files.exists(report.resolve("notes.txt")), "only its own files are removed");
  }

  /** Opening the FIFO would block for ever: the timeout fails such a hang, in its own thread. */
  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void verifyNeverOpensAPathOutsideTheFolder() throws Exception {
    kit();
    assertEquals(0, render().exit());
    // A FIFO outside: opening it would hang the run. Records point at it directly and through
    // a linked folder inside the output.
    new ProcessBuilder("mkfifo", outside.resolve("trap.png").toString()).start().waitFor();
    Files.createSymbolicLink(out.resolve("linked"), outside);
    String manifest = Files.readString(out.resolve("manifest.json"));
    String record = "{\"path\": \"%s\", \"master\": \"a.svg\", \"masterSha256\": \"%s\", "
        + "\"target\": \"own\", \"width\": 20, \"height\": 20, \"dpi\": 96.0, \"bytes\": 9, "
        + "\"sha256\": \"%s\", \"format\": \"png\", \"scheme\": \"light\"}, ";
    String zeros = "0".repeat(64);
    Files.writeString(out.resolve("manifest.json"), manifest.replaceFirst("\"outputs\" : \\[",
        "\"outputs\" : [" + String.format(record, "../outside/trap.png", zeros, zeros)
            + String.format(record, "linked/trap.png", zeros, zeros)));
    Cli r = Cli.run("verify", "--out", out.toString());
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.out().contains("output record 1 ('../outside/trap.png'): path has a '..' "
        + "segment"), r.out());
    assertTrue(r.out().contains("linked/trap.png: is a link where a folder is expected")
        || r.out().contains("linked: is a link"), r.out());
    Cli c = Cli.run("check", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(1, c.exit(), c.all());
    Cli again = render();
    assertTrue(again.err().contains("ignored"), again.all());
  }

  @Test
  void aBrokenManifestNeverStopsARender() throws Exception {
    kit();
    assertEquals(0, render().exit());
    String manifest = Files.readString(out.resolve("manifest.json"));
    Files.writeString(out.resolve("manifest.json"), manifest.replace("\"outputs\" : [",
        "\"outputs\" : [null, 7, {\"path\": \"a\\u0000b.png\"}, "));
    Cli v = Cli.run("verify", "--out", out.toString());
    assertEquals(1, v.exit());
    assertTrue(v.out().contains("output record 1: is not an output record"), v.out());
    assertTrue(v.out().contains("output record 3 ('a\\x00b.png'): path contains the character "
        + "\\x00"), v.out());
    Cli r = render("--force");
    assertEquals(0, r.exit(), r.all());
    assertEquals(0, Cli.run("verify", "--out", out.toString()).exit());

    try (RandomAccessFile f = new RandomAccessFile(out.resolve("manifest.json").toFile(),
        "rw")) {
      f.setLength(4L << 30);
    }
    v = Cli.run("verify", "--out", out.toString());
    assertEquals(1, v.exit(), v.all());
    assertTrue(v.out().contains("over the limit"), v.out());
    assertEquals(0, render().exit(), "an unreadable manifest is as good as none");
    assertEquals(0, Cli.run("verify", "--out", out.toString()).exit());
  }

  @Test
  void aRecordThatLiesAboutTheFileIsAFindingAndRenderFixesIt() throws Exception {
    kit();
    assertEquals(0, render().exit());
    String manifest = Files.readString(out.resolve("manifest.json"));
    for (String lie : List.of("\"width\" : 20,@\"width\" : 30,", "\"dpi\" : 96.0@\"dpi\" : 300.0",
        "\"format\" : \"png\"@"
        + "\"format\" : \"<script>alert(1)</script>\"")) {
      String[] parts = lie.split("@");
      assertTrue(manifest.contains(parts[0]), parts[0]);
      Files.writeString(out.resolve("manifest.json"), manifest.replaceFirst(
          java.util.regex.Pattern.quote(parts[0]),
          java.util.regex.Matcher.quoteReplacement(parts[1])));
      Cli c = Cli.run("check", "--assets", assets.toString(), "--out", out.toString());
      assertEquals(1, c.exit(), lie + ": " + c.all());
      assertTrue(c.out().contains("does not match the file") || c.out().contains("format must")
          || c.out().contains("not the size or DPI the kit plans"), c.out());
      Cli r = render();
      assertEquals(0, r.exit(), r.all());
      assertEquals(0, Cli.run("check", "--assets", assets.toString(), "--out", out.toString())
          .exit(), "render rewrote the lying record");
      assertFalse(Files.readString(out.resolve("index.html")).contains("<script>"));
      manifest = Files.readString(out.resolve("manifest.json"));
    }
  }

  @Test
  void aFileChangedSinceLogokitWroteItIsNotDeletedWhenNoLongerPlanned() throws Exception {
    kit();
    assertEquals(0, render().exit());
    TestFiles.write(out.resolve("a/a-16px.png"), "a person's own edit");
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [a.svg, b.svg]\n");
    Cli r = render();
    assertEquals(0, r.exit(), r.all());
    assertEquals("a person's own edit", Files.readString(out.resolve("a/a-16px.png")));
    assertTrue(r.err().contains("a-16px.png: no longer planned, but not removed: changed since "
        + "logokit wrote it"), r.err());
    assertFalse(Files.exists(out.resolve("b/b-16px.png")), "an unchanged one is removed");
  }

  @Test
  void aMasterIsAllOrNothingWhenOneOfItsFilesCannotBeWritten() throws Exception {
    kit();
    TestFiles.write(assets.resolve("logokit.yaml"), "naming: \"{name}{suffix}/{name}.png\"\n"
        + "targets: [own, 16px]\nmasters: [a.svg, b.svg]\n");
    assertEquals(0, render().exit());
    Map<String, byte[]> before = TestFiles.snapshot(out);
    // a's second output cannot be written: a file stands where its folder goes.
    deleteTree(out.resolve("a-16px"));
    TestFiles.write(out.resolve("a-16px"), "in the way");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "navy"));
    Cli r = render();
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains("a.svg: not written, its files are kept as they were"),
        r.err());
    assertArrayEquals(before.get("a/a.png"), Files.readAllBytes(out.resolve("a/a.png")),
        "the output that could be written was not put in place alone");
    assertEquals(0, Cli.run("verify", "--out", out.toString()).exit(),
        "the manifest lists what is there: the blocked output was dropped from it");
  }

  @Test
  void aFullDiskLeavesEveryMasterAllOrNothing() throws Exception {
    kit();
    Path mount = Files.createDirectories(dir.resolve("tmpfs"));
    TestFiles.mountTmpfsOrSkip(mount, "size=96k",
        "a real full disk ('No space left on device') part-way through a master's files");
    try {
      out = mount.resolve("out");
      assertEquals(0, render().exit());
      Map<String, byte[]> before = TestFiles.snapshot(out);
      // Large noisy masters that cannot fit: every new file is written before any is renamed.
      StringBuilder noise = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        noise.append("<circle cx=\"").append(i * 37 % 997).append("\" cy=\"")
            .append(i * 91 % 991).append("\" r=\"").append(5 + i % 23).append("\" fill=\"#")
            .append(String.format("%06x", i * 2654435 & 0xffffff)).append("\"/>");
      }
      TestFiles.write(assets.resolve("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
          + "width=\"1000\" height=\"1000\">" + noise + "</svg>");
      TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 16px]\n"
          + "masters: [a.svg, b.svg]\n");
      Cli r = render("--jobs", "1");
      assertEquals(1, r.exit(), r.all());
      assertTrue(r.err().contains("No space left on device"), r.err());
      assertArrayEquals(before.get("a/a.png"), Files.readAllBytes(out.resolve("a/a.png")));
      assertArrayEquals(before.get("a/a-16px.png"), Files.readAllBytes(out.resolve(
          "a/a-16px.png")), "no new file of the failed master is in place");
      Cli v = Cli.run("verify", "--out", out.toString());
      assertEquals(0, v.exit(), v.all());
    } finally {
      TestFiles.unmount(mount);
    }
  }

  @Test
  void theHashRecordedIsOfTheMasterBytesRendered() throws Exception {
    kit();
    // One job: a renders before b. When a is done, b changes on disk: b was hashed before it
    // changed, but must be recorded with the hash of the bytes it was rendered from.
    byte[] navy = TestFiles.rectSvg("width=\"20\" height=\"20\"", "navy")
        .getBytes(StandardCharsets.UTF_8);
    org.logokit.kit.Kit kit = org.logokit.kit.KitLoader.load(assets, null);
    org.logokit.pipeline.RenderReport report = org.logokit.pipeline.KitRenderer.render(kit,
        new org.logokit.pipeline.RenderOptions(assets, out, 1).listener(
            (master, done, total, written, failed) -> {
              if (master.equals("a.svg")) {
                try {
                  Files.write(assets.resolve("b.svg"), navy);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            }));
    assertTrue(report.ok());
    String bSha = report.manifest().outputs().stream().filter(e -> e.master().equals("b.svg"))
        .findFirst().orElseThrow().masterSha256();
    assertEquals(Sha256.hex(navy), bSha);
    assertEquals(0, Cli.run("check", "--assets", assets.toString(), "--out", out.toString())
        .exit(), "the record is true of what was rendered");
  }

  private static void deleteTree(Path p) throws Exception {
    try (var s = Files.walk(p)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
