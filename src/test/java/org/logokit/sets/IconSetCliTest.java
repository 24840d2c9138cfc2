package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.LogokitCommand;

/** {@code render} with icon sets through the command line, and hostile names and titles. */
class IconSetCliTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path kit(String masters) throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"9\" height=\"9\"",
        "red"));
    TestFiles.write(assets.resolve("logokit.yaml"), "masters:\n" + masters);
    return assets;
  }

  @Test
  void renderPrintsWhereTheLinkTagsAreOnceAndNothingWhenNothingChanged() throws Exception {
    Path assets = kit("  - {file: a.svg, title: A, targets: [web]}\n");
    Path out = dir.resolve("out");
    Run first = run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, first.exit(), first.err());
    List<String> notes = first.out().lines().filter(l -> l.startsWith("web icons:")).toList();
    assertEquals(List.of("web icons: the <link> tags to paste are in "
        + out.resolve("a/a-web/head.html")), notes);
    assertTrue(Files.readString(out.resolve("a/a-web/head.html")).contains("rel=\"manifest\""));
    Run again = run("render", "--assets", assets.toString(), "--out", out.toString());
    assertFalse(again.out().contains("web icons:"), again.out());
  }

  @Test
  void aHostileTitleAndNameStayInsideTheirFolderAndTheJson() throws Exception {
    String title = "x\\\"}, \\\"evil\\\": {\\\"a\\\": \\\"</script><b>&amp;";
    Path assets = kit("  - {file: a.svg, name: \"it's & $(rm) #1\", title: \"" + title
        + "\", targets: [web]}\n");
    Path out = dir.resolve("out");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    Path set = out.resolve("it's & $(rm) #1/it's & $(rm) #1-web");
    JsonNode m = new ObjectMapper().readTree(set.resolve("manifest.webmanifest").toFile());
    assertEquals(8, m.size(), "no key injected: " + m);
    assertEquals("x\"}, \"evil\": {\"a\": \"</script><b>&amp;", m.get("name").textValue());
    assertFalse(Files.readString(set.resolve("head.html")).contains("evil"));
    try (var files = Files.walk(out)) {
      assertTrue(files.allMatch(p -> p.normalize().startsWith(out)));
    }
  }

  @Test
  void aNameThatIsAPathIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path assets = kit("  - {file: a.svg, name: ../up, targets: [web, ios, android]}\n");
    Path out = dir.resolve("out");
    Run r = run("render", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("'name' '../up'"), r.err());
    assertFalse(Files.exists(dir.resolve("up")));
    assertFalse(Files.exists(out.resolve("a")));
  }
}
