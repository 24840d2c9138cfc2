package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.Allocated;
import org.logokit.HostileImages;
import org.logokit.TestFiles;
import org.logokit.text.Sha256;

/**
 * Image files whose headers lie about the work of decoding them (issue items 4 and 5), each
 * small, made here:
 *
 * <ul>
 *   <li>a TIFF of 200 IFDs that share one 8192 x 8192 Deflate strip: {@code verify} decoded
 *       every IFD, about 2.8 s each, and {@code check --pixels} kept them all until it died
 *       with "a render task failed unexpectedly" and no findings;
 *   <li>an ICO and an ICNS whose directory says 16 px where the entry is an 8192 x 8192 PNG:
 *       {@code verify} took a minute and gigabytes, or said the file matched its manifest, since
 *       the pixel budget was checked against the directory's claim;
 *   <li>{@code compare} had the same hole, and its report decoded a 20000 x 20000 PNG with no
 *       budget at all.
 * </ul>
 *
 * Each is now one line naming the file and the reason, the other files are still checked, and
 * the work is bounded: the whole command allocates less than one 8192 x 8192 image would.
 */
class LyingImageHeadersAttackTest {
  static final String TIFF = "a/a-300dpi.tiff";
  static final String ICO = "a/a.ico";
  static final String ICNS = "a/a.icns";

  static final String TIFF_REASON = "200 IFDs, over the 8 logokit reads (it writes one)";
  static final String ICO_REASON = "entry 1: a 8192x8192 PNG where the directory says 16x16";
  static final String ICNS_REASON = "entry 1 (icp4): a 8192x8192 PNG where its type says 16x16";

  @TempDir Path dir;

  /**
   * A kit of a.svg and b.svg rendered to a TIFF, an ICO and an ICNS each; a's three files then
   * replaced by the attacker's, and b's TIFF deleted (a finding that shows the others are still
   * checked).
   *
   * @param rewriteManifest whether the manifest is made to agree with the attacker's files (their
   *     hashes and sizes), as a pull request can
   */
  private Path hostileOutput(boolean rewriteManifest) throws Exception {
    Path assets = TestFiles.smallKit(dir, "[300dpi.tiff, ico, icns]");
    Path out = dir.resolve("out");
    Cli render = Cli.run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, render.exit(), render.all());

    byte[] bomb = HostileImages.blankPng(8192, 8192);
    List<byte[]> icoEntries = new ArrayList<>(List.of(bomb));
    List<byte[]> icnsEntries = new ArrayList<>(List.of(bomb));
    for (int side : List.of(32, 48, 64, 128, 256)) {
      icoEntries.add(HostileImages.blankPng(side, side));
    }
    for (int side : List.of(32, 64, 128, 256, 512, 1024)) {
      icnsEntries.add(HostileImages.blankPng(side, side));
    }
    Map<String, byte[]> files = Map.of(
        TIFF, HostileImages.tiffSharingOneStrip(200, 8192, 300),
        ICO, HostileImages.ico(icoEntries, List.of(16, 32, 48, 64, 128, 0)),
        ICNS, HostileImages.icns(List.of("icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"),
            icnsEntries));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(out.resolve(f.getKey()), f.getValue());
    }
    Files.delete(out.resolve("b/b-300dpi.tiff"));
    if (rewriteManifest) {
      ObjectMapper json = new ObjectMapper();
      Path manifest = out.resolve("manifest.json");
      JsonNode root = json.readTree(manifest.toFile());
      for (JsonNode record : root.get("outputs")) {
        byte[] file = files.get(record.get("path").asText());
        if (file != null) {
          ((ObjectNode) record).put("sha256", Sha256.hex(file)).put("bytes", file.length);
        }
        if (record.get("path").asText().equals(TIFF)) {
          ((ObjectNode) record).put("width", 8192).put("height", 8192);
        }
      }
      json.writeValue(manifest.toFile(), root);
    }
    return out;
  }

  @Test
  void verifyRefusesEachLyingFileInOneLineWhenTheManifestAgreesWithIt() throws Exception {
    Path out = hostileOutput(true);
    Cli[] v = new Cli[1];
    long allocated = Allocated.by(() -> v[0] = Cli.run("verify", "--out", out.toString()));
    assertEquals(1, v[0].exit(), v[0].all());
    assertFindings(v[0].out(), "does not decode: ");
    assertTrue(allocated < Allocated.ONE_LARGEST_IMAGE, allocated + " bytes allocated");
  }

  @Test
  void verifyDecodesNothingOfALyingFileWhoseHashIsWrong() throws Exception {
    Path out = hostileOutput(false); // a hash that differs makes verify decode the file
    Cli[] v = new Cli[1];
    long allocated = Allocated.by(() -> v[0] = Cli.run("verify", "--out", out.toString()));
    assertEquals(1, v[0].exit(), v[0].all());
    assertFindings(v[0].out(), "does not decode: ");
    assertTrue(allocated < Allocated.ONE_LARGEST_IMAGE, allocated + " bytes allocated");
  }

  @Test
  void checkPixelsReportsEachLyingFileInsteadOfDying() throws Exception {
    Path out = hostileOutput(true);
    Cli[] c = new Cli[1];
    long allocated = Allocated.by(() -> c[0] = Cli.run("check", "--pixels", "--format", "json",
        "--assets", dir.resolve("assets").toString(), "--out", out.toString()));
    assertEquals(1, c[0].exit(), c[0].all());
    assertFalse(c[0].all().contains("unexpectedly"), c[0].all());
    StringBuilder lines = new StringBuilder(); // the text format sums findings up by kind
    for (JsonNode f : new ObjectMapper().readTree(c[0].out()).get("findings")) {
      lines.append(f.get("path").asText()).append(": ").append(f.get("message").asText())
          .append('\n');
    }
    assertFindings(lines.toString(), "pixels changed: the file does not decode: ");
    assertTrue(allocated < Allocated.ONE_LARGEST_IMAGE, allocated + " bytes allocated");
  }

  /**
   * The second attacker's review: 8192 x 8192 PNGs in place of each master's 64 px one, their
   * records made to agree, cost check 10 s each (the contact sheet samples that PNG for light
   * artwork) and check --pixels as much (it decoded them before comparing sizes). Neither
   * decodes them whole now: the sheet samples a large image subsampled, and --pixels reads the
   * headers first.
   */
  @Test
  void checkDecodesNoOversizedPngWhoseRecordAgreesWithIt() throws Exception {
    Path assets = TestFiles.smallKit(dir, "[64px]");
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("render", "-q", "--assets", assets.toString(), "--out",
        out.toString()).exit());
    byte[] bomb = HostileImages.blankPng(8192, 8192);
    ObjectMapper json = new ObjectMapper();
    Path manifest = out.resolve("manifest.json");
    JsonNode root = json.readTree(manifest.toFile());
    for (JsonNode record : root.get("outputs")) {
      Files.write(out.resolve(record.get("path").asText()), bomb);
      ((ObjectNode) record).put("sha256", Sha256.hex(bomb)).put("bytes", bomb.length)
          .put("width", 8192).put("height", 8192);
    }
    json.writeValue(manifest.toFile(), root);
    for (String pixels : List.of("--quiet", "--pixels")) {
      Cli[] c = new Cli[1];
      long allocated = Allocated.by(() -> c[0] = Cli.run("check", pixels, "--assets",
          assets.toString(), "--out", out.toString()));
      assertEquals(1, c[0].exit(), c[0].all());
      assertTrue(allocated < Allocated.ONE_LARGEST_IMAGE, pixels + ": " + allocated
          + " bytes allocated");
    }
  }

  /** Each of a's files in one line with its reason, and b's missing TIFF still reported. */
  private static void assertFindings(String out, String prefix) {
    for (String line : List.of(TIFF + ": " + prefix + TIFF_REASON,
        ICO + ": " + prefix + ICO_REASON, ICNS + ": " + prefix + ICNS_REASON,
        "b/b-300dpi.tiff: ")) {
      assertTrue(out.contains(line), "no line '" + line + "' in:\n" + out);
    }
  }

  @Test
  void compareBudgetsEveryDecodeAndReportsEachFile() throws Exception {
    Path kit = Files.createDirectories(dir.resolve("kit"));
    Path out = Files.createDirectories(dir.resolve("out"));
    byte[] huge = HostileImages.blankPng(20000, 20000);
    byte[] small = HostileImages.blankPng(16, 16);
    Files.write(kit.resolve("huge.png"), huge); // the same size both sides: pixels compared
    Files.write(out.resolve("huge.png"), huge);
    Files.write(out.resolve("only-rendered.png"), huge); // in the report, decoded to be shown
    Files.write(kit.resolve("ok.png"), small);
    Files.write(out.resolve("ok.png"), small);
    Files.write(kit.resolve("icon.ico"), HostileImages.ico(List.of(small), List.of(16)));
    Files.write(out.resolve("icon.ico"), HostileImages.ico(
        List.of(HostileImages.blankPng(8192, 8192)), List.of(16)));
    Files.write(kit.resolve("icon.icns"), HostileImages.icns(List.of("icp4"), List.of(small)));
    Files.write(out.resolve("icon.icns"), HostileImages.icns(List.of("icp4"),
        List.of(HostileImages.blankPng(8192, 8192))));

    Cli[] c = new Cli[1];
    Path report = dir.resolve("report");
    long allocated = Allocated.by(() -> c[0] = Cli.run("compare", kit.toString(), "--out",
        out.toString(), "--report", report.toString()));
    assertEquals(1, c[0].exit(), c[0].all());
    for (String line : List.of(
        "huge.png: the pixels cannot be compared: the kit's file does not decode: claims "
            + "20000x20000 pixels, over the 67108864 an output may have: not decoded",
        "icon.ico: the rendered file cannot be read: " + ICO_REASON,
        "icon.icns: the rendered file cannot be read: " + ICNS_REASON,
        "only-rendered.png: rendered, not in the kit",
        "ok.png: matches")) {
      assertTrue(c[0].out().contains(line), "no line '" + line + "' in:\n" + c[0].all());
    }
    assertTrue(Files.isRegularFile(report.resolve("index.html")), c[0].all());
    assertTrue(allocated < Allocated.ONE_LARGEST_IMAGE, allocated + " bytes allocated");
  }
}
