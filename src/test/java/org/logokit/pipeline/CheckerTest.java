package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.verify.ManifestFile;
import org.logokit.verify.Finding;
import org.logokit.TestFiles;
import org.logokit.kit.KitLoader;

/** {@code check} by hashes: each reason, on a small kit. */
class CheckerTest {
  @TempDir Path dir;
  Path assets;
  Path out;

  @BeforeEach
  void renderSmallKit() throws Exception {
    assets = TestFiles.smallKit(dir, "[own, 16px]");
    out = dir.resolve("out");
    KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, out, 2));
  }

  List<String> check() throws Exception {
    return assess().findings().stream().map(Finding::line).toList();
  }

  /** Checker as the core's check runs it. */
  Checker.Result assess() throws Exception {
    org.logokit.kit.Kit kit = KitLoader.load(assets, null);
    org.logokit.write.OutputFolder folder;
    try {
      folder = org.logokit.write.OutputFolder.open(out, false);
    } catch (java.nio.file.NoSuchFileException e) {
      folder = null;
    }
    return Checker.assess(kit, assets, folder, folder == null ? null
        : ManifestFile.Attempt.of(folder));
  }

  @Test
  void freshRenderIsCurrentAndCheckWritesNothing() throws Exception {
    Map<String, byte[]> before = TestFiles.snapshot(out);
    assertEquals(List.of(), check());
    Map<String, byte[]> after = TestFiles.snapshot(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
  }

  @Test
  void editedMasterMakesExactlyItsOutputsStale() throws Exception {
    TestFiles.write(assets.resolve("b.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "blue"));
    assertEquals(List.of("b/b-16px.png: master changed", "b/b.png: master changed"), check());
  }

  @Test
  void removedTargetIsNotPlannedAndAddedOneIsMissing() throws Exception {
    TestFiles.write(assets.resolve("logokit.yaml"),
        "targets: [own, 32px]\nmasters: [a.svg, b.svg]\n");
    assertEquals(List.of("a/a-16px.png: not planned", "a/a-32px.png: missing",
        "b/b-16px.png: not planned", "b/b-32px.png: missing"), check());
  }

  @Test
  void anotherMasterUnderTheSamePathIsAConfigChange() throws Exception {
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 16px]\n"
        + "masters: [{file: b.svg, name: a}, {file: a.svg, name: b}]\n");
    assertEquals(List.of("a/a-16px.png: config changed", "a/a.png: config changed",
        "b/b-16px.png: config changed", "b/b.png: config changed"), check());
  }

  @Test
  void aCommentOrAReindentChangesNothing() throws Exception {
    TestFiles.write(assets.resolve("logokit.yaml"),
        "# a comment\ntargets: [own, 16px]\nmasters:\n  - a.svg\n  - b.svg\n");
    assertEquals(List.of(), check());
  }

  @Test
  void configChangeThatKeepsEveryOutputStillChangesTheManifest() throws Exception {
    TestFiles.write(assets.resolve("logokit.yaml"),
        "limits: {maxDepth: 100}\ntargets: [own, 16px]\nmasters: [a.svg, b.svg]\n");
    assertEquals(List.of("manifest.json: config changed"), check());
  }

  @Test
  void editedDeletedAndExtraFiles() throws Exception {
    Files.write(out.resolve("a/a.png"), Files.readAllBytes(out.resolve("b/b.png")));
    Files.delete(out.resolve("b/b-16px.png"));
    TestFiles.write(out.resolve("b/old.png"), "x");
    assertEquals(List.of("a/a.png: file edited", "b/b-16px.png: missing",
        "b/old.png: not planned"), check());
  }

  /** Each record says what made its pixels: another renderer makes that output stale alone. */
  @Test
  void anotherRendererMakesItsOutputStaleAndNoOther() throws Exception {
    editRecord("a/a-16px.png", "renderer", "raster-2+marlin-8x3+batik-1.17");
    assertEquals(List.of("a/a-16px.png: renderer changed"), check());
  }

  /**
   * Another encoder (a deflater upgrade) made the same pixels into other bytes: not stale, and
   * not a finding, but listed so that check can say so and render --reencode can rewrite it.
   */
  @Test
  void anotherEncoderLeavesTheOutputCurrentAndListsIt() throws Exception {
    editRecord("b/b.png", "encoder", "png-1+libdeflate-1.14");
    assertEquals(List.of(), check());
    Checker.Result r = assess();
    assertEquals(List.of(new Freshness.BytesOnly("b/b.png", "b.svg", "png-1+libdeflate-1.14",
        org.logokit.manifest.BuildInfo.encoder(org.logokit.format.Format.PNG, "fast"))),
        r.bytesOnly());
  }

  /** A schema 1 manifest recorded one render version for all: its outputs are made again. */
  @Test
  void aSchemaOneManifestIsReadAndEveryOutputRenderedAgain() throws Exception {
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest)
        .replace("\"schema\" : 2", "\"schema\" : 1")
        .replaceAll(",\n *\"(renderer|encoder)\" : \"[^\"]*\"", ""));
    assertTrue(!Files.readString(manifest).contains("renderer"));
    List<String> findings = check();
    assertEquals(4, findings.size(), findings.toString());
    assertTrue(findings.stream().allMatch(f -> f.endsWith(": renderer changed")), findings
        .toString());
  }

  private void editRecord(String path, String field, String value) throws Exception {
    Path manifest = out.resolve("manifest.json");
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(manifest.toFile());
    boolean found = false;
    for (com.fasterxml.jackson.databind.JsonNode o : root.get("outputs")) {
      if (o.get("path").asText().equals(path)) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) o).put(field, value);
        found = true;
      }
    }
    assertTrue(found, path);
    json.writeValue(manifest.toFile(), root);
  }

  @Test
  void noManifestMeansEverythingIsMissing() throws Exception {
    Files.delete(out.resolve("manifest.json"));
    List<String> findings = check();
    assertEquals("manifest.json: missing (run logokit render)", findings.get(4));
    assertEquals(5, findings.size(), findings.toString());
  }

  @Test
  void missingOutputFolderIsNotCurrent() throws Exception {
    out = dir.resolve("never-rendered");
    assertEquals(5, check().size());
  }

  @Test
  void switchingToTheSmallestEncodingMakesEveryOutputStale() throws Exception {
    TestFiles.write(assets.resolve("logokit.yaml"),
        "optimize: true\ntargets: [own, 16px]\nmasters: [a.svg, b.svg]\n");
    List<String> findings = check();
    assertEquals(4, findings.size(), findings.toString());
    assertTrue(findings.stream().allMatch(f -> f.endsWith(": config changed")), findings
        .toString());
    KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, out, 2));
    assertEquals(List.of(), check());
    assertTrue(Files.readString(out.resolve("manifest.json")).contains(
        "\"encoding\" : \"smallest\""));
  }
}
