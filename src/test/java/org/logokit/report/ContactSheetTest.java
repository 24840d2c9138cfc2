package org.logokit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.verify.Verifier;

class ContactSheetTest {
  @TempDir Path dir;

  @Test
  void renderWritesASheetWhoseEveryImageExists() throws Exception {
    Path out = RenderedKit.get().out;
    String html = Files.readString(out.resolve("index.html"));
    Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    Set<String> shown = new HashSet<>();
    int refs = 0;
    while (img.find()) {
      String path = URLDecoder.decode(img.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
      assertTrue(Files.isRegularFile(out.resolve(path)), "missing: " + path);
      TestFiles.decode(out.resolve(path));
      shown.add(path);
      refs++;
    }
    List<String> outputs = RenderedKit.get().report.manifest().outputs().stream()
        .filter(e -> e.format().equals("png") || e.format().equals("ico")) // what browsers show
        .map(ManifestEntry::path).toList();
    assertEquals(Set.copyOf(outputs), shown, "every output a browser can show is shown");
    assertEquals(outputs.size() * 3, refs, "on three backgrounds each");
    assertTrue(html.contains("ICNS [16, 32, 64, 128, 256, 512, 1024] px"), "icns listed");
    for (String bg : List.of("class=\"light\"", "class=\"dark\"", "class=\"checker\"")) {
      assertTrue(html.contains(bg), bg);
    }
    assertTrue(html.contains("1024&times;1024 px &middot; 491.52 DPI &middot; light"),
        "size, DPI and scheme in the caption");
  }

  @Test
  void sameManifestSameSheet() {
    var manifest = RenderedKit.get().report.manifest();
    assertTrue(java.util.Arrays.equals(ContactSheet.html(manifest),
        ContactSheet.html(manifest)));
  }

  @Test
  void namesWithSpacesAndParenthesesAreEncodedAsUrls() {
    assertEquals("a%20b/x_(y)%C3%BC.png", ContactSheet.href("a b/x_(y)ü.png"));
  }

  @Test
  void verifyIgnoresTheSheetAndCheckCatchesAnEditedOne() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    assertEquals(List.of(), Verifier.verify(out));
    assertEquals(null, ContactSheet.check(out));
    Files.writeString(out.resolve("index.html"), "<p>hand-edited</p>");
    Finding f = ContactSheet.check(out);
    assertEquals("index.html: file edited", f.line());
    Files.delete(out.resolve("index.html"));
    assertEquals("index.html: missing", ContactSheet.check(out).line());
  }
}
