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
import org.logokit.format.png.PngEncoder;
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
    editMaster();
    Run r = check();
    assertEquals(1, r.exit());
    List<String> lines = r.out().lines().toList();
    // One line for the master's 15 outputs (11 PNGs, ico, icns, app icon, the SVG's copy),
    // then the summary.
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith(assets.resolve(MASTER) + ": master changed: 15 outputs ("
        + "xmpp_logo_(without_text)/xmpp_logo_(without_text)-1024px.png, "), lines.get(0));
    assertTrue(lines.get(0).endsWith(" and 11 more)"), lines.get(0));
    assertEquals("check: 15 findings in " + out + " (run 'logokit render --assets " + assets
        + " --out " + out + "' to update it)", lines.get(1));
  }

  @Test
  void githubFormatAnnotatesTheChangedMaster() throws Exception {
    editMaster();
    Run r = check("--format", "github");
    assertEquals(1, r.exit());
    String first = r.out().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("::error file=" + assets.resolve(MASTER).toString()
        .replace(":", "%3A").replace(",", "%2C") + ",title=logokit check::"), first);
    assertTrue(first.contains(": master changed: 15 outputs ("), first);
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("::error")).count(),
        "one annotation for the master, not one per output: " + r.out());
  }

  @Test
  void jsonFormatIsOneDocumentWithEveryFinding() throws Exception {
    editMaster();
    Run r = check("--format", "json");
    assertEquals(1, r.exit());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("check", doc.get("command").asText());
    assertFalse(doc.get("ok").asBoolean());
    assertEquals(15, doc.get("findings").size());
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
    assertTrue(r.err().contains("rendering 11 masters in memory"), r.err());
  }

  @Test
  void reportShowsOldNewAndDifferenceOnThreeBackgrounds() throws Exception {
    editMaster();
    Path report = dir.resolve("report");
    Run r = check("--pixels", "--report", report.toString());
    assertEquals(1, r.exit());
    String html = Files.readString(report.resolve("index.html"));
    // 14 images and the copy of the master, listed without pictures
    assertTrue(html.contains("<h1>logokit: 15 changed outputs</h1>"), html);
    for (String bg : List.of("light", "dark", "checker")) {
      assertEquals(14, html.split("<tr class=\"" + bg + "\">", -1).length - 1, bg);
    }
    Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    int images = 0;
    while (img.find()) {
      assertTrue(Files.isRegularFile(report.resolve(img.group(1))), img.group(1));
      TestFiles.decode(report.resolve(img.group(1))); // a PNG a browser shows, icons too
      images++;
    }
    assertEquals(14 * 3 * 3 + 1, images, "and a thumbnail in the summary");
    BufferedImage diff = TestFiles.decode(report.resolve("001-diff.png"));
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
    editMaster();
    Path black = assets.resolve("xmpp_black_logo.svg");
    Files.writeString(black, Files.readString(black).replace("fill:#000000", "fill:#000080"));
    Path report = dir.resolve("report");
    assertEquals(1, check("--pixels", "--report", report.toString()).exit());
    String html = Files.readString(report.resolve("index.html"));
    String summary = html.substring(html.indexOf("<table class=\"summary\">"),
        html.indexOf("</table>"));
    Matcher row = Pattern.compile("<tr><td><a href=\"#(m\\d+)\">([^<]+)</a></td><td>(\\d+)</td>"
        + "<td>(\\d+)</td><td>([\\d.]+)</td><td><a class=\"thumb\" href=\"#(o\\d+)\"><img "
        + "src=\"(\\d+-diff\\.png)\"").matcher(summary);
    List<String> masters = new ArrayList<>();
    while (row.find()) {
      masters.add(row.group(2) + ": " + row.group(3));
      assertTrue(Integer.parseInt(row.group(4)) > 0 && Double.parseDouble(row.group(5)) > 0,
          row.group());
      assertTrue(html.contains("<section id=\"" + row.group(1) + "\">\n<h2>" + row.group(2)
          + "</h2>"), "the summary links the master's group");
      int details = html.indexOf("<details id=\"" + row.group(6) + "\" open>");
      assertTrue(details > 0, "the largest output is unfolded");
      assertTrue(html.indexOf("<img src=\"" + row.group(7) + "\"", details) > 0,
          "the thumbnail is its difference");
    }
    // Each master's outputs and the copy of it (copyMasters: true)
    assertEquals(List.of("xmpp_black_logo.svg: 12", MASTER + ": 15"), masters);
    assertTrue(html.contains("-1024px.png</code> &middot; max "), "figures per output");
    assertEquals(27, html.split("<details ", -1).length - 1);
    assertEquals(2, html.split(" open>", -1).length - 1, "one unfolded per master");
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
