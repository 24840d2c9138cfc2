package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.text.KeepPatterns;

/**
 * {@code keep:} means kept: a file the kit's {@code keep:} covers is a person's, and no render
 * deletes, replaces or records it, whatever the manifest (the pull request's too) says of it.
 */
class KeptFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path assets;
  private Path out;

  /** The small kit rendered, with the person's {@code banner.png} beside it, kept. */
  private byte[] kitWithBanner(String keep) throws Exception {
    assets = TestFiles.smallKit(dir, "[own]");
    TestFiles.write(assets.resolve("logokit.yaml"), "keep: [\"" + keep + "\"]\n"
        + "targets: [own]\nmasters: [a.svg, b.svg]\n");
    out = dir.resolve("out");
    assertEquals(0, render().exit());
    // The person's banner: any image; here the bytes of an output, so a record can be exact.
    byte[] banner = Files.readAllBytes(out.resolve("a/a.png"));
    Files.write(out.resolve("banner.png"), banner);
    return banner;
  }

  /** What a pull request does: a manifest record for the person's file, with its real hash. */
  private void claimInManifest(String path, String master) throws Exception {
    ObjectNode m = (ObjectNode) JSON.readTree(out.resolve("manifest.json").toFile());
    ArrayNode outputs = (ArrayNode) m.get("outputs");
    ObjectNode record = ((ObjectNode) outputs.get(0)).deepCopy(); // a/a.png
    assertEquals("a/a.png", record.get("path").asText());
    record.put("path", path).put("master", master);
    outputs.add(record);
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("manifest.json").toFile(), m);
  }

  private Cli render(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("render", "--assets",
        assets.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private String manifest() throws Exception {
    return Files.readString(out.resolve("manifest.json"));
  }

  @Test
  void renderNeverDeletesAKeptFileThatTheManifestClaims() throws Exception {
    byte[] banner = kitWithBanner("banner.png");
    claimInManifest("banner.png", "gone.svg");
    Cli dry = render("--dry-run");
    Cli r = render();
    assertTrue(Files.exists(out.resolve("banner.png")), "the person's file is still there");
    assertArrayEquals(banner, Files.readAllBytes(out.resolve("banner.png")));
    assertFalse(dry.out().contains("would remove banner.png"), dry.out());
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.err().contains("banner.png: the manifest lists it, but 'keep' pattern "
        + "'banner.png' makes it a person's file"), r.err());
    assertFalse(manifest().contains("\"path\" : \"banner.png\""), "the manifest drops it");
    assertEquals(0, Cli.run("check", "--assets", assets.toString(), "--out", out.toString())
        .exit());
    assertEquals(0, Cli.run("verify", "--out", out.toString()).exit());
  }

  @Test
  void checkAndVerifyReportAManifestThatClaimsAKeptFile() throws Exception {
    kitWithBanner("banner.png");
    claimInManifest("banner.png", "gone.svg");
    Cli check = Cli.run("check", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(1, check.exit(), check.all());
    assertTrue(check.out().contains("banner.png: a person's file (keep:), which the manifest "
        + "claims as an output"), check.out());
    Cli verify = Cli.run("verify", "--out", out.toString());
    assertEquals(1, verify.exit(), verify.all());
    assertTrue(verify.out().contains("banner.png: listed as an output, but the manifest's "
        + "'keep' makes it a person's file"), verify.out());
  }

  @Test
  void aFailedMastersKeptRecordsNeverClaimAKeptFile() throws Exception {
    byte[] banner = kitWithBanner("banner.png");
    claimInManifest("banner.png", "a.svg");
    String good = Files.readString(assets.resolve("a.svg"));
    TestFiles.write(assets.resolve("a.svg"), "<svg"); // a.svg fails: its records are kept

    Cli failed = render();
    assertEquals(1, failed.exit(), failed.all());
    assertFalse(manifest().contains("\"path\" : \"banner.png\""), manifest());
    assertTrue(manifest().contains("\"a/a.png\""), "the master's own files stay recorded");

    TestFiles.write(assets.resolve("a.svg"), good);
    assertEquals(0, render().exit());
    assertTrue(Files.exists(out.resolve("banner.png")), "the person's file is still there");
    assertArrayEquals(banner, Files.readAllBytes(out.resolve("banner.png")));
  }

  @Test
  void aConfigThatPlansAKeptFileIsRefusedBeforeAnythingIsWritten() throws Exception {
    kitWithBanner("banner.png");
    TestFiles.write(out.resolve("a/a.png"), "the person's own a.png");
    TestFiles.write(assets.resolve("logokit.yaml"), "keep: [\"a/*\"]\n"
        + "targets: [own]\nmasters: [a.svg, b.svg]\n");
    Cli r = render();
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("output 'a/a.png' of a.svg own light is covered by the 'keep' "
        + "pattern 'a/*'"), r.err());
    assertEquals("the person's own a.png", Files.readString(out.resolve("a/a.png")));
    assertEquals(2, Cli.run("check", "--assets", assets.toString(), "--out", out.toString())
        .exit());
  }

  @Test
  void anAdHocRenderNeverWritesOverAKeptFile() throws Exception {
    kitWithBanner("a/a-16px.png");
    TestFiles.write(out.resolve("a/a-16px.png"), "the person's own 16 px");
    Cli r = render("--sizes", "16");
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains("a.svg: not written: 'a/a-16px.png' is covered by the 'keep' "
        + "pattern 'a/a-16px.png'"), r.err());
    assertEquals("the person's own 16 px", Files.readString(out.resolve("a/a-16px.png")));
    assertTrue(Files.isRegularFile(out.resolve("b/b-16px.png")), "the other master renders");
  }

  @Test
  void aKeepPatternCannotClaimTheFilesRenderWrites() throws Exception {
    assets = TestFiles.smallKit(dir, "[own]");
    out = dir.resolve("out");
    for (String glob : List.of("*", "**", "manifest.*", "*.html", "INDEX.html")) {
      TestFiles.write(assets.resolve("logokit.yaml"), "keep: [\"" + glob + "\"]\n"
          + "targets: [own]\nmasters: [a.svg, b.svg]\n");
      Cli r = render();
      assertEquals(2, r.exit(), glob + ": " + r.all());
      assertTrue(r.err().contains("which render writes"), r.err());
    }
    assertFalse(Files.exists(out), "nothing was written");
  }

  @Test
  void leftoverCleanupTakesOnlyLogokitsOwnTemporaryFiles() throws Exception {
    kitWithBanner("banner.png");
    TestFiles.write(out.resolve("a/.logokit-tmp-1234.part"), "the person's, kept");
    TestFiles.write(out.resolve(".logokit-tmp-notes.txt"), "not a name logokit gives");
    TestFiles.write(out.resolve("b/.logokit-tmp-beef.part"), "a killed run's");
    TestFiles.write(assets.resolve("logokit.yaml"), "keep: [\"a/.logokit-tmp-*.part\"]\n"
        + "targets: [own]\nmasters: [a.svg, b.svg]\n");
    assertEquals(0, render().exit());
    assertTrue(Files.exists(out.resolve("a/.logokit-tmp-1234.part")), "the kept file is there");
    assertEquals("the person's, kept",
        Files.readString(out.resolve("a/.logokit-tmp-1234.part")));
    assertTrue(Files.exists(out.resolve(".logokit-tmp-notes.txt")));
    assertFalse(Files.exists(out.resolve("b/.logokit-tmp-beef.part")));
  }

  /** On macOS and Windows {@code BANNER.png} is the file {@code banner.png}. */
  @Test
  void keepCoversAPathInAnyCaseOrUnicodeForm() {
    assertTrue(KeepPatterns.covers(List.of("banner.png"), "BANNER.png"));
    assertTrue(KeepPatterns.covers(List.of("press/*.pdf"), "Press/Kit.PDF"));
    assertTrue(KeepPatterns.covers(List.of("caf\u00e9.png"), "cafe\u0301.png"));
    assertFalse(KeepPatterns.covers(List.of("press/*.pdf"), "press/kit.png"));
    assertFalse(KeepPatterns.matches(List.of("banner.png"), "BANNER.png"), "findings: exact");
    assertTrue(KeepPatterns.problem("[Z-a].png").startsWith("is not a glob in lower case"));
  }
}
