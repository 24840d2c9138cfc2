package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.report.KitPage;

/**
 * Names from the repository reach a terminal, a CI log, JSON, HTML and Markdown: in each they
 * are escaped for that place. {@link Cli#run} asserts for every run that no line could be a
 * GitHub workflow command and none is a stack frame.
 */
class EscapingTest {
  private static final String COMMAND = "x\n::add-mask::secret\r##[warning]y";

  @TempDir Path dir;

  @Test
  void aNameWithANewlineAndCommandsIsRefusedAndShownEscaped() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    TestFiles.write(assets.resolve(COMMAND + ".svg"), TestFiles.rectSvg(
        "width=\"8\" height=\"8\"", "red"));
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("x\\x0a:\\x3aadd-mask:\\x3asecret\\x0d#\\x23[warning]y"),
        r.err());
  }

  @Test
  void masterFileNamesAreEscapedInProgressErrorsAndEveryFormat() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    String file = "::warning::pwned %0A ##[error]x.svg";
    TestFiles.write(assets.resolve(file), "<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + "<rect width=\"1\" height=\"1\"/></svg>"); // no size: fails to render, named
    TestFiles.write(assets.resolve("ok.svg"), TestFiles.rectSvg("width=\"8\" height=\"8\"",
        "red"));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters:\n"
        + "  - {file: \"" + file + "\", name: bad}\n  - ok.svg\n");
    Path out = dir.resolve("o");
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.err().contains(":\\x3awarning:\\x3apwned %0A #\\x23[error]x.svg"), r.err());

    for (String format : List.of("text", "github", "json")) {
      Cli c = Cli.run("check", "--assets", assets.toString(), "--out", out.toString(),
          "--pixels", "--format", format);
      assertEquals(1, c.exit(), c.all());
      if (format.equals("json")) {
        JsonNode doc = new ObjectMapper().readTree(c.out());
        assertTrue(doc.get("failures").get(0).get("file").asText().endsWith(
            org.logokit.text.Shown.of(file)), "the name as shown everywhere: " + c.out());
        assertFalse(c.out().contains("::") || c.out().contains("##["), c.out());
      }
      if (format.equals("github")) {
        assertTrue(c.out().lines().anyMatch(l -> l.startsWith("::error file=")), c.out());
        assertTrue(c.out().contains("%250A"), "GitHub's own escapes apply: " + c.out());
      }
    }
  }

  @Test
  void theContactSheetEscapesEveryNameItShows() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    String file = "<img src=x onerror=alert(1)>.svg";
    TestFiles.write(assets.resolve(file), TestFiles.rectSvg("width=\"8\" height=\"8\"", "red"));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters:\n"
        + "  - {file: \"" + file + "\", name: \"it's [x]\"}\n");
    Path out = dir.resolve("o");
    assertEquals(0, Cli.run("render", "--assets", assets.toString(), "--out", out.toString())
        .exit());
    // In the bytes, the point: no name ever forms markup, nor closes a quoted attribute.
    String html = Files.readString(out.resolve("index.html"));
    assertFalse(html.contains("<img src=x"), html);
    assertFalse(html.contains("it's"), html);
    // As a browser reads it: the names are text, and no element has the handler.
    Document doc = Jsoup.parse(html);
    assertEquals(List.of(), doc.select("[onerror]").eachAttr("onerror"));
    assertTrue(doc.text().contains(file), doc.text());
    assertTrue(doc.select("section.files td.name").eachText().contains("it's [x].png"),
        doc.text());
  }

  @Test
  void pageOutputCannotBreakOutOfTheShortcodeOrTheLink() {
    // Built by hand, past the manifest reader's checks: page escapes on its own as well.
    String path = "a\" onload=\"x\" >}}{{< evil \"/b.png";
    Manifest m = Manifest.of("fast", null, null, List.of(org.logokit.manifest.Records.png(path,
        "a.svg", 8, 8)));
    String hugo = KitPage.section(m, KitPage.Style.HUGO, "/img/");
    String figure = hugo.lines().filter(l -> l.startsWith("{{<")).findFirst().orElseThrow();
    assertEquals(1, figure.split(">}}", -1).length - 1, figure);
    assertEquals(8, figure.chars().filter(c -> c == '"').count(), "only its own quotes: "
        + figure);
    String md = KitPage.section(Manifest.of("fast", null, null, List.of(
        org.logokit.manifest.Records.png("x](javascript:alert(1))/x).png", "a.svg", 8, 8))),
        KitPage.Style.MARKDOWN, "");
    String image = md.lines().filter(l -> l.startsWith("![")).findFirst().orElseThrow();
    assertTrue(image.startsWith("![X\\]%28javascript") || image.startsWith("![X\\](javascript"),
        image);
    assertTrue(image.endsWith("](x%5D%28javascript%3Aalert%281%29%29/x%29.png)"), image);
  }
}
