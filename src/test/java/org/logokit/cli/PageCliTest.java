package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.cli.CliTest.Run;

class PageCliTest {
  static final Path PAGE = TestFiles.RESOURCES.resolve("xmpp/press-kit.md");

  @TempDir Path dir;

  /** The published page against a folder of the published masters and PNGs. */
  @Test
  void publishedPageHasExactlyTheThreeKnownBrokenLinks() throws Exception {
    Path folder = dir.resolve("published");
    TestFiles.copyTree(TestFiles.PUBLISHED, folder);
    try (Stream<Path> svgs = Files.list(TestFiles.ASSETS)) {
      for (Path svg : (Iterable<Path>) svgs.filter(p -> p.toString().endsWith(".svg"))::iterator) {
        Files.copy(svg, folder.resolve(svg.getFileName()));
      }
    }
    Run r = CliTest.run("verify", "--page", PAGE.toString(), "--out", folder.toString());
    assertEquals(1, r.exit(), r.out());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    assertTrue(lines.get(0).contains(":175: ") && lines.get(0).endsWith("no file named "
        + "'xmpp_black_logo_(without_text)-300dpi.png' in " + folder), lines.get(0));
    assertTrue(lines.get(1).contains(":245: ")
        && lines.get(1).contains("no file named 'xmpp_monochrome_variant_logo.svg'"),
        lines.get(1));
    assertTrue(lines.get(2).contains(":247: ") && lines.get(2).contains(
        "no file named 'xmpp_monochrome_variant_logo_(without_text).svg'"), lines.get(2));
    assertEquals("verify: 3 broken image links in " + PAGE, lines.get(3));
  }

  @Test
  void generatedPageLinksEveryOutputAndVerifiesClean() throws Exception {
    Path out = RenderedKit.get().out;
    Run r = CliTest.run("page", "--out", out.toString(), "--prefix", "/images/logos/xmpp/");
    assertEquals(0, r.exit(), r.err());
    String md = r.out();
    int figures = md.split("\\{\\{< figure ", -1).length - 1;
    assertEquals(RenderedKit.get().report.manifest().outputs().stream()
        .filter(org.logokit.manifest.ManifestEntry::isPng).count(), figures);
    assertTrue(md.contains("{{< figure src=\"/images/logos/xmpp/xmpp_logo/xmpp_logo-300dpi.png\""
        + " caption=\"Default XMPP Logo (PNG file, 300 DPI)\""), md);
    assertTrue(md.contains("caption=\"Default XMPP Logo (PNG file, dark, 16px)\""), md);
    Path page = TestFiles.write(dir.resolve("page.md"), md);
    Run v = CliTest.run("verify", "--page", page.toString(), "--out", out.toString());
    assertEquals(0, v.exit(), v.out());
  }

  @Test
  void intoReplacesOnlyTheTextBetweenTheMarkers() throws Exception {
    Path page = TestFiles.write(dir.resolve("press-kit.md"), "# Press kit\n\nintro\n\n"
        + "<!-- logokit:begin -->\nold figures\n<!-- logokit:end -->\n\nfooter\n");
    Run r = CliTest.run("page", "--out", RenderedKit.get().out.toString(), "--into",
        page.toString(), "--style", "markdown");
    assertEquals(0, r.exit(), r.err());
    String text = Files.readString(page);
    assertTrue(text.startsWith("# Press kit\n\nintro\n\n<!-- logokit:begin -->\n\n## "), text);
    assertTrue(text.endsWith("<!-- logokit:end -->\n\nfooter\n"), text);
    assertTrue(!text.contains("old figures")
        && text.contains("![Default XMPP Logo (PNG file)]("), text);
    long figures = text.split("!\\[", -1).length - 1;
    assertTrue(r.err().contains("page: wrote " + figures + " figures into"), r.err());
  }

  @Test
  void pageWithoutMarkersIsBadUsage() throws Exception {
    Path page = TestFiles.write(dir.resolve("p.md"), "no markers");
    Run r = CliTest.run("page", "--out", RenderedKit.get().out.toString(), "--into",
        page.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("has no <!-- logokit:begin --> ... <!-- logokit:end --> markers"),
        r.err());
  }

  @Test
  void intoAPageThatDoesNotExistSaysSoNotLink() {
    Path page = dir.resolve("press-kit.md");
    Run r = CliTest.run("page", "--out", RenderedKit.get().out.toString(), "--into",
        page.toString());
    assertEquals(2, r.exit());
    assertEquals("error: " + page + ": no such file (--into puts the section into an existing "
        + "page; 'logokit page > FILE' starts a new one)", r.err().strip());
  }
}
