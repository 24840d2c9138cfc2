package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.manifest.ManifestEntry;
import org.logokit.text.Sha256;
import org.logokit.verify.Verifier;

/** The shipped config reproduces the published XMPP press kit. */
class XmppKitTest {
  private static final Pattern PNG_LINK =
      Pattern.compile("src=\"/images/logos/xmpp/([^\"]+\\.png)\"");

  /** Every PNG the kit page links, as a path relative to the output folder. */
  static List<String> pageLinks() throws Exception {
    String page = Files.readString(TestFiles.RESOURCES.resolve("xmpp/press-kit.md"));
    List<String> links = new ArrayList<>();
    Matcher m = PNG_LINK.matcher(page);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  @Test
  void everyPngThePageLinksIsRenderedUnderThatName() throws Exception {
    List<String> links = pageLinks();
    assertEquals(88, links.size());
    Path out = RenderedKit.get().out;
    List<String> missing = links.stream().filter(l -> !Files.isRegularFile(out.resolve(l)))
        .toList();
    assertEquals(List.of(), missing);
    assertTrue(links.contains("xmpp_black_logo_(without_text)/"
        + "xmpp_black_logo_(without_text)-300dpi.png"), "the name the page links, not -300px");
  }

  /**
   * Inkscape 0.92 made the published files and truncated pHYs (96 DPI as 3779 px/m); logokit
   * rounds, as Inkscape 1.x and Illustrator do (3780): the same DPI, 1 px/m apart at most.
   */
  @Test
  void sizesMatchThePublishedFilesAndPhysIsWithin1PxPerMetre() throws Exception {
    Path out = RenderedKit.get().out;
    for (String link : pageLinks()) {
      Path published = TestFiles.PUBLISHED.resolve(link);
      if (!Files.exists(published)) {
        published = TestFiles.PUBLISHED.resolve(link.replace("-300dpi.png", "-300px.png"));
      }
      BufferedImage theirs = TestFiles.decode(published);
      BufferedImage ours = TestFiles.decode(out.resolve(link));
      assertEquals(theirs.getWidth() + "x" + theirs.getHeight(),
          ours.getWidth() + "x" + ours.getHeight(), link);
      String[] a = physOf(published).split("[x ]");
      String[] b = physOf(out.resolve(link)).split("[x ]");
      assertEquals(a[3] + " " + a[1].equals(a[0]), b[3] + " " + b[1].equals(b[0]),
          link + " pHYs unit, square");
      assertTrue(Math.abs(Integer.parseInt(a[0]) - Integer.parseInt(b[0])) <= 1,
          link + " pHYs: " + physOf(published) + " published, " + physOf(out.resolve(link)));
    }
  }

  @Test
  void otherMastersRenderAtTheirOwnAspect() {
    Map<String, ManifestEntry> byPath = RenderedKit.get().report.manifest().outputs().stream()
        .collect(Collectors.toMap(ManifestEntry::path, e -> e));
    String wide = "xmpp_logo_(extended_width)/xmpp_logo_(extended_width)";
    assertEquals(List.of("1200x630", "600x315", "2400x1260"),
        List.of(wide + ".png", wide + "-600px.png", wide + "-2400px.png").stream()
            .map(p -> TestFiles.decode(RenderedKit.get().out.resolve(p)))
            .map(i -> i.getWidth() + "x" + i.getHeight()).toList());
    String mono = "xmpp_monochrome_logo_variant/xmpp_monochrome_logo_variant";
    assertEquals(200, byPath.get(mono + ".png").width(), "viewBox-only master: viewBox size");
    assertEquals(1250, byPath.get(mono + "-600dpi.png").height());
  }

  @Test
  void manifestListsEveryFileWithItsHashesAndVerifiesClean() throws Exception {
    RenderedKit kit = RenderedKit.get();
    List<ManifestEntry> entries = kit.report.manifest().outputs();
    // 8 variants + 2 monochrome masters x 11, the card x 3; dark too for 3 of them.
    // + ico, icns, app icon, two print TIFFs, and a copy of each of the 11 masters
    assertEquals(8 * 11 + 3 + 2 * 11 + (11 + 3 + 11) + 3 + 2 + 11, entries.size());
    for (ManifestEntry e : entries) {
      assertEquals(Sha256.hex(Files.readAllBytes(kit.out.resolve(e.path()))), e.sha256());
      assertEquals(Sha256.hex(Files.readAllBytes(TestFiles.ASSETS.resolve(e.master()))),
          e.masterSha256());
      assertEquals(Files.size(kit.out.resolve(e.path())), e.bytes());
      assertEquals(e.path().substring(e.path().lastIndexOf('.') + 1), e.format());
      assertEquals(e.path().contains("-dark") ? "dark" : "light", e.scheme());
      assertTrue(!e.path().startsWith("/") && !e.path().contains("\\"), e.path());
    }
    assertEquals("logokit.yaml", kit.report.manifest().config());
    assertEquals(List.of(), Verifier.verify(kit.out));
  }

  static String physOf(Path png) throws Exception {
    byte[] b = Files.readAllBytes(png);
    for (int i = 8; i + 8 < b.length; ) {
      int len = ((b[i] & 255) << 24) | ((b[i + 1] & 255) << 16) | ((b[i + 2] & 255) << 8)
          | (b[i + 3] & 255);
      String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (type.equals("pHYs")) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, i + 8, 9);
        return buf.getInt() + "x" + buf.getInt() + " unit " + buf.get();
      }
      i += 12 + len;
    }
    return "none";
  }
}
