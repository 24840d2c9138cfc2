package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.cli.CliTest.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.logokit.format.png.PngEncoder;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.ManifestFile;
import org.logokit.text.Sha256;

class CheckCliTest {
  static final String MASTER = "xmpp_logo_(without_text).svg";

  @TempDir Path dir;
  Path assets;
  Path out;

  @BeforeEach
  void committedKit() throws Exception {
    assets = TestFiles.copyAssets(dir);
    out = RenderedKit.get().copyTo(dir.resolve("output"));
  }

  Run check(String... extra) {
    List<String> args = new ArrayList<>(List.of("check", "--assets", assets.toString(), "--out",
        out.toString()));
    args.addAll(List.of(extra));
    return CliTest.run(args.toArray(String[]::new));
  }

  /** The outputs the committed manifest records for {@code master}: what an edit makes stale. */
  List<ManifestEntry> recordsOf(String master) throws Exception {
    return ManifestFile.read(out).manifest().outputs().stream()
        .filter(e -> e.master().equals(master)).toList();
  }

  void editMaster() throws Exception {
    Path master = assets.resolve(MASTER);
    Files.writeString(master, Files.readString(master).replace("#1b3967", "#b03020"));
  }

  @Test
  void currentKitPassesWithExitZero() {
    Run r = check();
    assertEquals(0, r.exit(), r.out());
    assertEquals("check: " + out + " is current", r.out().strip());
  }

  @Test
  void textListsEachStaleOutputWithItsReason() throws Exception {
    int stale = recordsOf(MASTER).size();
    assertTrue(stale > 4, "more outputs than the line names: " + stale);
    editMaster();
    Run r = check();
    assertEquals(1, r.exit());
    List<String> lines = r.out().lines().toList();
    // One line for all the master's outputs, then the summary.
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith(assets.resolve(MASTER) + ": master changed: " + stale
        + " outputs (xmpp_logo_(without_text)/xmpp_logo_(without_text)-1024px.png, "),
        lines.get(0));
    assertTrue(lines.get(0).endsWith(" and " + (stale - 4) + " more)"), "four named, then how "
        + "many more: " + lines.get(0));
    assertEquals("check: " + stale + " findings in " + stale + " outputs of " + out
        + " (run 'logokit render --assets "
        + assets + " --out " + out + "' to update it)", lines.get(1));
  }

  @Test
  void githubFormatAnnotatesTheChangedMaster() throws Exception {
    editMaster();
    Run r = check("--format", "github");
    assertEquals(1, r.exit());
    String first = r.out().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("::error file=" + assets.resolve(MASTER).toString()
        .replace(":", "%3A").replace(",", "%2C") + ",title=logokit check::"), first);
    assertTrue(first.contains(": master changed: " + recordsOf(MASTER).size() + " outputs ("),
        first);
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("::error")).count(),
        "one annotation for the master, not one per output: " + r.out());
  }

  @Test
  void jsonFormatIsOneDocumentWithEveryFinding() throws Exception {
    int stale = recordsOf(MASTER).size();
    editMaster();
    Run r = check("--format", "json");
    assertEquals(1, r.exit());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("check", doc.get("command").asText());
    assertFalse(doc.get("ok").asBoolean());
    assertEquals(stale, doc.get("findings").size());
    JsonNode f = doc.get("findings").get(0);
    assertEquals("stale", f.get("kind").asText());
    assertEquals("master changed", f.get("reason").asText());
    assertTrue(f.get("path").asText().startsWith("xmpp_logo_(without_text)/"));
  }

  @Test
  void verifyTakesTheFormatsToo() throws Exception {
    Files.delete(out.resolve("xmpp_logo/xmpp_logo.png"));
    Run r = CliTest.run("verify", "--out", out.toString(), "--format", "json");
    assertEquals(1, r.exit());
    JsonNode f = new ObjectMapper().readTree(r.out()).get("findings").get(0);
    assertEquals("missing", f.get("kind").asText());
    Run bad = CliTest.run("verify", "--out", out.toString(), "--format", "xml");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("'xml' is not a format: use text, json or github"),
        bad.err());
  }

  @Test
  void pixelsCatchAChangeTheHashesCannotSee() throws Exception {
    // Another renderer drew this file, and its manifest entry was updated to match: hashes
    // agree, pixels do not.
    String path = "xmpp_black_logo/xmpp_black_logo-64px.png";
    BufferedImage decoded = TestFiles.decode(out.resolve(path)); // a palette image
    BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    img.getGraphics().drawImage(decoded, 0, 0, null);
    for (int x = 0; x < 64; x++) {
      img.setRGB(x, 40, 0xff00ff00);
    }
    byte[] png = PngEncoder.encode(img, 1209);
    String oldSha = Sha256.hex(Files.readAllBytes(out.resolve(path)));
    Files.write(out.resolve(path), png);
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(oldSha, Sha256.hex(png))
        .replaceFirst("(\"path\" : \"" + Pattern.quote(path)
            + "\",(?:\\s+\"[a-zA-Z0-9]+\" : [^\\n]+\\n)*?\\s+\"bytes\" : )\\d+", "$1"
            + png.length));
    Files.write(out.resolve("index.html"), org.logokit.report.ContactSheet.html(
        org.logokit.manifest.ManifestJson.read(Files.readAllBytes(manifest)).manifest(),
        org.logokit.write.OutputFolder.open(out, false)));
    assertEquals(0, check().exit(), "hashes alone see nothing");

    Run r = check("--pixels");
    assertEquals(1, r.exit(), r.out());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    Matcher m = Pattern.compile(Pattern.quote(out.resolve(path).toString())
        + ": pixels changed: max (\\d+), mean ([\\d.]+) per channel, 64 of 4096 pixels")
        .matcher(lines.get(0));
    assertTrue(m.matches(), lines.get(0));
    assertTrue(Integer.parseInt(m.group(1)) >= 200, "green on black differs by 255");
    assertTrue(r.err().contains("rendering " + org.logokit.kit.KitLoader.load(assets, null)
        .masters().size() + " masters in memory"), r.err());
  }

  @Test
  void aFolderThatIsNotThereIsOneLineNotOnePerMaster() throws Exception {
    Path typo = dir.resolve("ouptut");
    Run r = CliTest.run("check", "--assets", assets.toString(), "--out", typo.toString());
    assertEquals(1, r.exit(), r.out());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertEquals(typo + ": no such folder: every output is missing", lines.get(0));
    assertTrue(lines.get(1).startsWith("check: "), lines.get(1));
    JsonNode doc = new ObjectMapper().readTree(CliTest.run("check", "--assets",
        assets.toString(), "--out", typo.toString(), "--format", "json").out());
    assertTrue(doc.get("findings").size() > 100, "JSON still lists every output");
    assertFalse(Files.exists(typo), "check writes nothing");
  }

  @Test
  void pixelsSayAMissingFileIsMissingOnceWithNoFigure() throws Exception {
    String path = "xmpp_logo/xmpp_logo-64px.png";
    Files.delete(out.resolve(path));

    Run r = check("--pixels");
    assertEquals(1, r.exit(), r.out());
    assertEquals(List.of(out.resolve(path) + ": missing", "check: 1 finding in 1 output of "
        + out + " (run 'logokit render --assets " + assets + " --out " + out
        + "' to update it)"), r.out().lines().toList(), "no \"no file to compare\" beside it");
    JsonNode findings = new ObjectMapper().readTree(check("--pixels", "--format", "json").out())
        .get("findings");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("missing", findings.get(0).get("reason").asText());
  }

  @Test
  void pixelsGiveTheReasonForAFileTheyCannotCompareNotAnInventedMaximum() throws Exception {
    String path = "xmpp_logo/xmpp_logo-64px.png";
    byte[] png = Files.readAllBytes(out.resolve(path));
    Files.write(out.resolve(path), java.util.Arrays.copyOf(png, png.length / 2));

    Run r = check("--pixels");
    assertEquals(1, r.exit(), r.out());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith(out.resolve(path) + ": file edited; pixels changed in 1 "
        + "output: the file does not decode"), lines.get(0));
    assertFalse(lines.get(0).contains("max"), lines.get(0));
    assertTrue(lines.get(1).startsWith("check: 2 findings in 1 output of "), lines.get(1));
    JsonNode findings = new ObjectMapper().readTree(check("--pixels", "--format", "json").out())
        .get("findings");
    JsonNode pixels = null;
    for (JsonNode f : findings) {
      if (f.get("kind").asText().equals("pixels-changed")) {
        pixels = f;
      }
    }
    assertTrue(pixels != null && pixels.get("max").isNull() && pixels.get("mean").isNull(),
        findings.toString());
  }

  @Test
  void reportShowsOldNewAndDifferenceOnThreeBackgrounds() throws Exception {
    List<ManifestEntry> stale = recordsOf(MASTER);
    // The copy of the master has no pixels: it is listed without pictures.
    long pictured = stale.stream().filter(e -> !e.format().equals("svg")).count();
    assertTrue(pictured > 0 && pictured < stale.size(), "images and the copy of the master");
    editMaster();
    Path report = dir.resolve("report");
    Run r = check("--pixels", "--report", report.toString());
    assertEquals(1, r.exit());
    Document html = Jsoup.parse(report.resolve("index.html").toFile());
    assertEquals("logokit: " + stale.size() + " changed outputs", html.selectFirst("h1").text());
    for (String bg : List.of("light", "dark", "checker")) {
      Elements rows = html.select("tr." + bg);
      assertEquals(pictured, rows.size(), bg);
      for (Element row : rows) {
        assertEquals(3, row.select("img").size(), "committed, fresh render, difference: " + row);
      }
    }
    Elements images = html.select("img");
    for (Element img : images) {
      String src = img.attr("src");
      assertTrue(Files.isRegularFile(report.resolve(src)), src);
      TestFiles.decode(report.resolve(src)); // a PNG a browser shows, icons too
    }
    assertEquals(pictured * 3 * 3 + 1, images.size(), "and a thumbnail in the summary");
    BufferedImage diff = TestFiles.decode(report.resolve(
        html.selectFirst("table.summary a.thumb img").attr("src")));
    boolean magenta = false;
    for (int y = 0; y < diff.getHeight() && !magenta; y++) {
      for (int x = 0; x < diff.getWidth() && !magenta; x++) {
        magenta = diff.getRGB(x, y) == 0xffff00ff;
      }
    }
    assertTrue(magenta, "changed pixels are highlighted");
  }

  @Test
  void reportSummarisesEachChangedMasterFirstThenGroupsItsOutputs() throws Exception {
    String blackMaster = "xmpp_black_logo.svg";
    List<String> expected = List.of(blackMaster + ": " + recordsOf(blackMaster).size(),
        MASTER + ": " + recordsOf(MASTER).size());
    editMaster();
    Path black = assets.resolve(blackMaster);
    Files.writeString(black, Files.readString(black).replace("fill:#000000", "fill:#000080"));
    Path report = dir.resolve("report");
    assertEquals(1, check("--pixels", "--report", report.toString()).exit());
    Document html = Jsoup.parse(report.resolve("index.html").toFile());
    List<String> masters = new ArrayList<>();
    for (Element row : html.select("table.summary tbody tr")) {
      Elements cells = row.select("td");
      assertEquals(5, cells.size(), row.toString());
      String master = cells.get(0).text();
      masters.add(master + ": " + cells.get(1).text());
      assertTrue(Integer.parseInt(cells.get(2).text()) > 0
          && Double.parseDouble(cells.get(3).text()) > 0, "max and mean: " + row);
      Element group = html.getElementById(cells.get(0).selectFirst("a").attr("href")
          .substring(1));
      assertEquals("section", group.tagName(), "the summary links the master's group");
      assertEquals(master, group.selectFirst("h2").text());
      Element thumb = cells.get(4).selectFirst("a.thumb");
      Element largest = html.getElementById(thumb.attr("href").substring(1));
      assertEquals("details", largest.tagName());
      assertTrue(largest.hasAttr("open"), "the largest output is unfolded");
      assertEquals(group, largest.parent(), "in its master's group");
      String src = thumb.selectFirst("img").attr("src");
      assertTrue(src.endsWith("-diff.png"), src);
      assertFalse(largest.select("img[src=" + src + "]").isEmpty(),
          "the thumbnail is its difference");
    }
    assertEquals(expected, masters, "each master with as many outputs as it has records");
    Elements details = html.select("details");
    int outputs = recordsOf(blackMaster).size() + recordsOf(MASTER).size();
    assertEquals(outputs, details.size(), "one per changed output");
    assertEquals(2, html.select("details[open]").size(), "one unfolded per master");
    assertTrue(details.stream().anyMatch(d -> d.selectFirst("summary").text()
        .matches(".*-1024px\\.png · max \\d+.*")), "figures per output");
  }

  @Test
  void reportWithoutPixelsIsBadUsage() {
    Run r = check("--report", dir.resolve("r").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--report needs --pixels"), r.err());
  }

  @Test
  void checkNeverWritesToTheOutputFolder() throws Exception {
    editMaster();
    var before = TestFiles.snapshot(out);
    check("--pixels");
    var after = TestFiles.snapshot(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
  }
}
