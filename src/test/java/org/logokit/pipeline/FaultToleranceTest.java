package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.KitLoader;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.verify.Verifier;
import org.logokit.write.OutputFolder;
import org.logokit.write.OutputLock;
import org.logokit.write.WriteFaults;
import org.logokit.write.WriteFaults.Step;

/**
 * Renders that fail or are killed part-way, or run twice at once, leave nothing broken. The
 * faults are injected at the write boundary ({@link WriteFaults}): at an exact step of writing
 * an exact file, the same on every run.
 */
@Timeout(300) // a hang guard only
class FaultToleranceTest {
  /** A master of the shipped kit, edited by the tests so that all its outputs change. */
  static final String MASTER = "xmpp_logo_(without_text).svg";
  static final String FOLDER = "xmpp_logo_(without_text)/";

  @TempDir Path dir;

  @AfterEach
  void noFault() {
    WriteFaults.clear();
  }

  /** The shipped kit rendered, then {@link #MASTER} edited: its outputs are stale. */
  private Path[] renderedKitWithAnEditedMaster() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = RenderedKit.get().copyTo(dir.resolve("output"));
    Path master = assets.resolve(MASTER);
    String svg = Files.readString(master);
    assertTrue(svg.contains("#1b3967"), "the master still has the colour the test edits");
    Files.writeString(master, svg.replace("#1b3967", "#b03020"));
    return new Path[] {assets, out};
  }

  private static RenderReport render(Path assets, Path out) throws Exception {
    return KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, out, 2));
  }

  private static List<ManifestEntry> records(Path out, String master) throws IOException {
    return ManifestJson.read(Files.readAllBytes(out.resolve("manifest.json"))).manifest()
        .outputs().stream().filter(e -> e.master().equals(master)).toList();
  }

  /** A full disk half-way through a file, or a refused first rename: all or nothing. */
  @ParameterizedTest(name = "{0} of the master's file {1}")
  @CsvSource({"HALF_WRITTEN, 1", "HALF_WRITTEN, 3", "RENAMING, 1"})
  void aFailedWriteLeavesTheMastersFilesAndRecordsAsTheyWere(Step step, int nth)
      throws Exception {
    Path[] kit = renderedKitWithAnEditedMaster();
    Path assets = kit[0];
    Path out = kit[1];
    Map<String, byte[]> before = TestFiles.snapshot(out);
    List<ManifestEntry> recordsBefore = records(out, MASTER);
    var reached = WriteFaults.fail(step, rel -> rel.startsWith(FOLDER), nth,
        new FileSystemException("disk", null, "No space left on device"));

    RenderReport failed = render(assets, out);

    assertTrue(reached.get() >= nth, "the fault was reached: " + reached.get());
    assertEquals(1, failed.failures().size(), failed.failures().toString());
    Diagnostic problem = failed.failures().get(0);
    assertTrue(problem.toString().contains(MASTER), problem.toString());
    assertTrue(problem.message().contains("No space left on device"), problem.message());
    assertSameFiles(before, TestFiles.snapshot(out),
        "every file as it was: none of the master's new files, no temporary file");
    assertEquals(recordsBefore, records(out, MASTER), "the master's records as they were");

    WriteFaults.clear();
    RenderReport next = render(assets, out);
    assertTrue(next.ok(), next.failures().toString());
    assertEquals(recordsBefore.size(), next.written(), "the master's outputs, now written");
    assertAllCurrent(assets, out);
  }

  /**
   * A rename refused after others of the master went through: those files are new and recorded
   * as new, the rest are old and recorded as old, so the manifest vouches for every file.
   */
  @Test
  void aRenameRefusedPartWayLeavesEachFileWithItsOwnRecord() throws Exception {
    Path[] kit = renderedKitWithAnEditedMaster();
    Path assets = kit[0];
    Path out = kit[1];
    Map<String, byte[]> before = TestFiles.snapshot(out);
    List<ManifestEntry> recordsBefore = records(out, MASTER);
    WriteFaults.fail(Step.RENAMING, rel -> rel.startsWith(FOLDER), 3,
        new FileSystemException("disk", null, "Operation not permitted"));

    RenderReport failed = render(assets, out);

    assertEquals(1, failed.failures().size(), failed.failures().toString());
    assertEquals(2, failed.written(), "two files renamed before the refusal");
    Map<String, byte[]> after = TestFiles.snapshot(out);
    List<String> differences = new ArrayList<>();
    before.forEach((k, v) -> {
      if (!Arrays.equals(v, after.get(k)) && !k.equals("manifest.json")
          && !k.equals("index.html")) {
        differences.add(k);
      }
    });
    after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(differences::add);
    assertEquals(2, differences.size(), "two of the master's files new, no other output "
        + "changed, no temporary file left: " + differences);
    assertTrue(differences.stream().allMatch(k -> k.startsWith(FOLDER)), differences.toString());
    assertEquals(recordsBefore.size(), records(out, MASTER).size());
    assertEquals(List.of(), Verifier.verify(out), "each file matches its record");

    WriteFaults.clear();
    RenderReport next = render(assets, out);
    assertTrue(next.ok(), next.failures().toString());
    assertEquals(recordsBefore.size() - 2, next.written(), "the rest of the master's outputs");
    assertAllCurrent(assets, out);
  }

  /** The manifest is written last: when it cannot be, the old one stays whole. */
  @Test
  void aManifestThatCannotBeWrittenStaysAsItWasAndTheNextRenderCompletes() throws Exception {
    Path[] kit = renderedKitWithAnEditedMaster();
    Path assets = kit[0];
    Path out = kit[1];
    byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
    WriteFaults.fail(Step.HALF_WRITTEN, "manifest.json"::equals, 1,
        new FileSystemException("disk", null, "No space left on device"));

    IOException e = assertThrows(IOException.class, () -> render(assets, out));
    assertTrue(e.getMessage().contains("manifest.json: cannot write: No space left on device"),
        e.getMessage());
    assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
    assertNoTemporaryFile(out);

    WriteFaults.clear();
    RenderReport next = render(assets, out);
    assertTrue(next.ok(), next.failures().toString());
    assertAllCurrent(assets, out);
  }

  /**
   * A run killed at an exact step (SIGKILL: no cleanup): half-way through a master's file, between
   * two of its renames, half-way through the manifest, just before the manifest's rename. No
   * file in place is truncated, the manifest parses, and the next render removes the leftover
   * and completes.
   */
  @ParameterizedTest(name = "killed at {0} of the {2}th file matching {1}")
  @CsvSource({"HALF_WRITTEN, a/.*, 1", "RENAMING, a/.*, 2", "HALF_WRITTEN, manifest\\.json, 1",
      "RENAMING, manifest\\.json, 1"})
  void killedAtAWriteLeavesNoTruncatedFileAndTheNextRenderRecovers(Step step, String which,
      int nth) throws Exception {
    Path assets = TestFiles.smallKit(dir, "[own, 16px]");
    Path out = dir.resolve("output");
    assertTrue(render(assets, out).ok());
    Map<String, byte[]> before = TestFiles.snapshot(out);
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "navy"));

    Process p = start(WriteFaults.class.getName(), step.name(), which, Integer.toString(nth),
        "render", "--assets", assets.toString(), "--out", out.toString());
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(WriteFaults.KILLED, TestFiles.exitOf(p), "killed at the step: " + log);

    Map<String, byte[]> after = TestFiles.snapshot(out);
    List<String> leftovers = after.keySet().stream()
        .filter(k -> k.contains(OutputFolder.TEMP_PREFIX)).toList();
    if (step == Step.HALF_WRITTEN) {
      assertEquals(1, leftovers.size(), "the half-written temporary file: " + after.keySet());
    }
    for (Map.Entry<String, byte[]> f : after.entrySet()) {
      if (f.getKey().endsWith(".png") && !f.getKey().contains(OutputFolder.TEMP_PREFIX)) {
        TestFiles.decode(f.getValue()); // throws on a truncated file
      }
    }
    assertTrue(before.keySet().stream().allMatch(after::containsKey), "no file went missing");
    ManifestJson.read(after.get("manifest.json"));

    RenderReport next = render(assets, out);
    assertTrue(next.ok(), next.failures().toString());
    assertNoTemporaryFile(out);
    assertAllCurrent(assets, out);
  }

  @Test
  void aSecondRenderIntoALockedFolderStopsWithAClearMessage() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = dir.resolve("output");
    try (OutputLock held = OutputLock.acquire(OutputFolder.open(out, true))) {
      OutputLock.LockedException e = assertThrows(OutputLock.LockedException.class,
          () -> render(assets, out));
      assertEquals("another logokit render is writing to " + out
          + "; try again when it has finished", e.getMessage());
      assertEquals(List.of(".logokit.lock"), List.copyOf(TestFiles.snapshot(out).keySet()),
          "the locked-out render wrote nothing");
    }
  }

  @Test
  void twoProcessesRenderingAtOnceLeaveAConsistentFolder() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = dir.resolve("output");
    String[] render = {"org.logokit.cli.Main", "render", "--assets", assets.toString(), "--out",
        out.toString(), "--sizes", "16,256,1024"};
    Process a = start(render);
    Process b = start(render);
    String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    TestFiles.exitOf(a);
    TestFiles.exitOf(b);
    for (int i = 0; i < 2; i++) {
      Process p = i == 0 ? a : b;
      String text = i == 0 ? outA : outB;
      assertTrue(p.exitValue() == 0 || p.exitValue() == 1
          && text.contains("another logokit render is writing to"), text);
    }
    assertTrue(a.exitValue() == 0 || b.exitValue() == 0, outA + outB);
    assertEquals(List.of(), Verifier.verify(out));
  }

  /** A class's main in a JVM of its own, with this one's class path. */
  private static Process start(String... mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
    cmd.addAll(List.of(mainAndArgs));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static void assertAllCurrent(Path assets, Path out) throws Exception {
    assertEquals(List.of(), KitCheckTest.findings(KitLoader.load(assets, null), assets, out));
    assertEquals(List.of(), Verifier.verify(out));
  }

  private static void assertNoTemporaryFile(Path out) throws IOException {
    assertEquals(List.of(), TestFiles.snapshot(out).keySet().stream()
        .filter(k -> k.contains(OutputFolder.TEMP_PREFIX)).toList());
  }

  /** The paths added, removed or changed, so that a failure names only those. */
  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual,
      String message) {
    List<String> differences = new ArrayList<>();
    expected.forEach((k, v) -> {
      if (!actual.containsKey(k)) {
        differences.add("removed " + k);
      } else if (!Arrays.equals(v, actual.get(k))) {
        differences.add("changed " + k);
      }
    });
    actual.keySet().stream().filter(k -> !expected.containsKey(k))
        .forEach(k -> differences.add("added " + k));
    assertEquals(List.of(), differences, message);
  }
}
