package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.LogokitCommand;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Target;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.verify.ManifestFile;
import org.logokit.verify.Verifier;

/**
 * The {@code pdf} target, end to end on real masters: config, one vector page at the master's
 * physical size, reproducible bytes, the manifest's page size, {@code verify} and {@code check}.
 * PDFBox reads the files here as an independent reader; logokit itself does not ship it.
 */
class PdfTest {
  static final String WIDE = "xmpp_logo_(extended_width)/xmpp_logo_(extended_width).pdf";
  static final String LOGO = "xmpp_logo/xmpp_logo.pdf";
  static final String DARK = "xmpp_logo/xmpp_logo-dark.pdf";
  static final String WORDMARK = "comfortaa-wordmark/comfortaa-wordmark.pdf";
  /** A real master with a drop shadow (a blur filter): that part cannot stay vectors. */
  static final String SHADOW = "shadow-openclipart-eclipse_josu_alcalde_bas_";

  @TempDir Path dir;
  Path assets;
  Path out;

  /** Three XMPP masters (one in both schemes) and a wordmark in live text with its font. */
  @BeforeEach
  void renderKit() throws Exception {
    assets = Files.createDirectories(dir.resolve("assets"));
    for (String f : List.of("xmpp_logo.svg", "xmpp_logo_(extended_width).svg")) {
      Files.copy(TestFiles.ASSETS.resolve(f), assets.resolve(f));
    }
    Files.copy(TestFiles.RESOURCES.resolve("real/" + SHADOW + ".svg"),
        assets.resolve(SHADOW + ".svg"));
    Path fonts = TestFiles.RESOURCES.resolve("fonts");
    Files.copy(fonts.resolve("comfortaa-wordmark.svg"), assets.resolve("comfortaa-wordmark.svg"));
    Files.copy(fonts.resolve("comfortaa/Comfortaa-Regular.ttf"),
        assets.resolve("Comfortaa-Regular.ttf"));
    TestFiles.write(assets.resolve("logokit.yaml"), """
        targets: [own, pdf]
        fonts: [Comfortaa-Regular.ttf]
        masters:
          - {file: xmpp_logo.svg, schemes: [light, dark]}
          - xmpp_logo_(extended_width).svg
          - comfortaa-wordmark.svg
          - {file: %s.svg, name: shadow}
        """.formatted(SHADOW));
    out = dir.resolve("out");
    RenderReport r = render(out);
    assertEquals(List.of(), r.failures());
  }

  RenderReport render(Path to) throws Exception {
    return KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets, to, 1));
  }

  @Test
  void pdfIsATargetOfItsOwn() throws Exception {
    assertInstanceOf(Target.Pdf.class, Target.parse("pdf"));
    assertEquals("pdf", Target.parse("pdf").extension());
    assertEquals("", Target.parse("pdf").suffix());
    assertThrows(IllegalArgumentException.class, () -> Target.parse("pdf.tiff"));
    TestFiles.write(assets.resolve("logokit.yaml"),
        "targets: [{size: pdf, suffix: -x}]\nmasters: [xmpp_logo.svg]\n");
    KitException e = assertThrows(KitException.class, () -> KitLoader.load(assets, null));
    assertTrue(e.getMessage().contains("'size' of a placement must be"), e.getMessage());
  }

  @Test
  void onePageAtTheMastersPhysicalSizeInPoints() throws Exception {
    // 1200x630 CSS px at 96 per inch is 12.5 x 6.5625 in: 900 x 472.5 pt.
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve(WIDE)))) {
      assertEquals(1, pdf.getNumberOfPages());
      PDPage page = pdf.getPage(0);
      assertEquals(900, page.getMediaBox().getWidth(), 1e-3);
      assertEquals(472.5, page.getMediaBox().getHeight(), 1e-3);
      assertEquals(0, page.getMediaBox().getLowerLeftX(), 1e-3);
    }
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve(LOGO)))) {
      assertEquals(150, pdf.getPage(0).getMediaBox().getWidth(), 1e-3); // 200 px
      assertEquals(150, pdf.getPage(0).getMediaBox().getHeight(), 1e-3);
    }
  }

  @Test
  void thePageShowsWhatThePngShows() throws Exception {
    // Rasterised by another renderer at 96 DPI, each page is its PNG, where it should be: the
    // art fills the page, the fractional 472.5 pt height included, and the blurred shadow is
    // there. Two renderers anti-alias edges differently, so the difference is small, not 0.
    for (String png : List.of("xmpp_logo_(extended_width)/xmpp_logo_(extended_width).png",
        "xmpp_logo/xmpp_logo.png", "xmpp_logo/xmpp_logo-dark.png", "shadow/shadow.png",
        "comfortaa-wordmark/comfortaa-wordmark.png")) {
      java.awt.image.BufferedImage expected = TestFiles.decode(out.resolve(png));
      String pdfPath = png.replace(".png", ".pdf");
      try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve(pdfPath)))) {
        java.awt.image.BufferedImage shown = new org.apache.pdfbox.rendering.PDFRenderer(pdf)
            .renderImage(0, 96f / 72, org.apache.pdfbox.rendering.ImageType.ARGB);
        // The PNG rounds a fractional size to whole pixels; PDFBox may round the other way.
        assertTrue(Math.abs(expected.getWidth() - shown.getWidth()) <= 1
            && Math.abs(expected.getHeight() - shown.getHeight()) <= 1, pdfPath);
        int w = Math.min(expected.getWidth(), shown.getWidth());
        int h = Math.min(expected.getHeight(), shown.getHeight());
        org.logokit.verify.ImageComparison cmp = org.logokit.verify.ImageComparison.of(
            expected.getSubimage(0, 0, w, h), shown.getSubimage(0, 0, w, h));
        // Measured: 0.03 to 0.04 for the vector masters; 2.9 for the shadow master, whose radial
        // gradients PDF draws as smooth shadings where Batik's PNG has its own banding.
        double bound = pdfPath.startsWith("shadow/") ? 4 : 0.5;
        assertTrue(cmp.mean() < bound, pdfPath + ": mean difference " + cmp.mean());
      }
    }
  }

  @Test
  void pathsStayPathsAndTextBecomesPaths() throws Exception {
    for (String path : List.of(LOGO, WIDE, WORDMARK)) {
      try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve(path)))) {
        PDPage page = pdf.getPage(0);
        PDResources res = page.getResources();
        for (COSName name : res.getXObjectNames()) {
          assertFalse(res.isImageXObject(name), path + ": an image " + name);
        }
        assertFalse(res.getFontNames().iterator().hasNext(), path + ": a font");
        List<String> ops = operators(page);
        assertTrue(ops.contains("m") && ops.contains("c"), path + ": no path " + ops);
        assertTrue(ops.contains("f") || ops.contains("f*"), path + ": nothing filled " + ops);
        assertFalse(ops.contains("Do") || ops.contains("Tj") || ops.contains("TJ"),
            path + ": an image or text " + ops);
      }
    }
  }

  @Test
  void aSchemeAppliesAsToPngs() throws Exception {
    // In the dark scheme the wordmark of xmpp_logo.svg is white.
    try (PDDocument light = Loader.loadPDF(Files.readAllBytes(out.resolve(LOGO)));
        PDDocument dark = Loader.loadPDF(Files.readAllBytes(out.resolve(DARK)))) {
      assertFalse(content(light.getPage(0)).contains("1 g\n"), "light has no white fill");
      assertTrue(content(dark.getPage(0)).contains("1 g\n"), "dark fills white");
    }
  }

  /**
   * The bytes are a function of the drawing: two renders give the same bytes, and nothing in
   * them comes from the clock. FOP writes the time as a date and digests it into the file ID;
   * here there is no date, and the ID is the digest of the file's own bytes (IDs zeroed), so
   * no render at another time can differ, without waiting for the clock to move.
   */
  @Test
  void renderingTwiceGivesTheSameBytes() throws Exception {
    Path again = dir.resolve("again");
    render(again);
    for (String path : List.of(LOGO, DARK, WIDE, WORDMARK)) {
      byte[] a = Files.readAllBytes(out.resolve(path));
      byte[] b = Files.readAllBytes(again.resolve(path));
      assertArrayEquals(a, b, path);
      String text = new String(a, StandardCharsets.ISO_8859_1);
      assertFalse(text.contains("/CreationDate") || text.contains("/ModDate")
          || text.contains("CreateDate") || text.contains("(D:"), path + ": a date");
      java.util.regex.Matcher id = java.util.regex.Pattern
          .compile("/ID \\[<([0-9A-F]{32})> <([0-9A-F]{32})>]").matcher(text);
      assertTrue(id.find(), path);
      assertEquals(id.group(1), id.group(2), path);
      byte[] zeroed = a.clone();
      Arrays.fill(zeroed, id.start(1), id.end(1), (byte) '0');
      Arrays.fill(zeroed, id.start(2), id.end(2), (byte) '0');
      assertEquals(org.logokit.text.Sha256.hex(zeroed).substring(0, 32).toUpperCase(
          java.util.Locale.ROOT), id.group(1), path + ": the ID is the digest of the bytes");
      try (PDDocument pdf = Loader.loadPDF(a)) {
        assertNull(pdf.getDocumentInformation().getCreationDate(), path);
        assertNull(pdf.getDocumentInformation().getModificationDate(), path);
        assertNull(pdf.getDocumentCatalog().getMetadata(), path + ": no XMP with its dates");
      }
    }
    assertFalse(Arrays.equals(Files.readAllBytes(out.resolve(LOGO)),
        Files.readAllBytes(out.resolve(DARK))), "the ID and content follow the drawing");
  }

  @Test
  void theManifestListsThePageSize() throws Exception {
    Map<String, ManifestEntry> byPath = new java.util.HashMap<>();
    ManifestFile.read(out).manifest().outputs().forEach(e -> byPath.put(e.path(), e));
    ManifestEntry wide = byPath.get(WIDE);
    assertEquals("pdf", wide.format());
    assertEquals("pdf", wide.target());
    assertEquals(1, wide.pages());
    assertEquals(900.0, wide.pageWidth());
    assertEquals(472.5, wide.pageHeight());
    assertEquals(1200, wide.width()); // the master's own size in px, as `own`
    ManifestEntry png = byPath.get("xmpp_logo/xmpp_logo.png");
    assertNull(png.pages());
    assertNull(png.pageWidth());
    String json = Files.readString(out.resolve("manifest.json"));
    assertTrue(json.contains("\"pages\" : 1,") && json.contains("\"pageWidth\" : 900.0,")
        && json.contains("\"pageHeight\" : 472.5,"), json);
    assertEquals(5, json.split("\"pageWidth\"", -1).length - 1, "only the five PDFs");
  }

  @Test
  void verifyReadsThePdfsBack() throws Exception {
    assertEquals(List.of(), Verifier.verify(out));
    assertEquals(0, cli("verify", "--out", out.toString()).exit);
  }

  @Test
  void verifyFlagsAPdfOfAnotherPageSize() throws Exception {
    byte[] other = org.logokit.format.pdf.PdfEncoder.encode(100, 50, 1, g -> { });
    Files.write(out.resolve(WIDE), other);
    Run r = cli("verify", "--out", out.toString());
    assertEquals(1, r.exit);
    assertEquals(List.of(out + "/" + WIDE + ": wrong pages: expected 1 page of 900x472.5 pt, "
        + "found 1 page of 100x50 pt"), findingLines(r));
  }

  @Test
  void verifyFlagsATruncatedPdf() throws Exception {
    byte[] pdf = Files.readAllBytes(out.resolve(WIDE));
    Files.write(out.resolve(WIDE), Arrays.copyOf(pdf, pdf.length / 2));
    Run r = cli("verify", "--out", out.toString());
    assertEquals(1, r.exit);
    assertEquals(List.of(out + "/" + WIDE + ": does not decode: truncated: no startxref at the "
        + "end"), findingLines(r));
  }

  @Test
  void verifyFlagsAFileThatIsNotAPdf() throws Exception {
    Files.copy(out.resolve("xmpp_logo/xmpp_logo.png"), out.resolve(LOGO),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Run r = cli("verify", "--out", out.toString());
    assertEquals(1, r.exit);
    assertEquals(List.of(out + "/" + LOGO + ": does not decode: not a PDF file (no %PDF- "
        + "header)"), findingLines(r));
  }

  @Test
  void checkFlagsAStalePdf() throws Exception {
    assertEquals(0, cli("check", "--assets", assets.toString(), "--out", out.toString()).exit);
    byte[] other = org.logokit.format.pdf.PdfEncoder.encode(900, 472.5, 1, g -> { });
    Files.write(out.resolve(WIDE), other);
    Run r = cli("check", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(1, r.exit);
    assertTrue(r.all().contains(WIDE) && r.all().contains("file edited"), r.all());
    assertFalse(r.all().contains(LOGO), r.all());
  }

  @Test
  void checkFlagsARecordThatLiesAboutThePage() throws Exception {
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"pageHeight\" : 472.5",
        "\"pageHeight\" : 500.0"));
    Run r = cli("check", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(1, r.exit);
    assertTrue(r.all().contains(WIDE) && r.all().contains("the manifest's record does not "
        + "match the file"), r.all());
    assertEquals(List.of(WIDE + ": wrong pages: expected 1 page of 900x500 pt, found 1 page "
        + "of 900x472.5 pt"), Verifier.verify(out).stream().map(Finding::line).toList());
  }

  @Test
  void checkPixelsCatchesASwappedPdfWhoseHashWasRewritten() throws Exception {
    // What a pull request can do: another PDF of the same page size, and a manifest that
    // records its hash and length. Hashes and the page agree; only a fresh render tells.
    byte[] old = Files.readAllBytes(out.resolve(WIDE));
    byte[] other = org.logokit.format.pdf.PdfEncoder.encode(900, 472.5, 1, g -> { });
    Files.write(out.resolve(WIDE), other);
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest)
        .replace(org.logokit.text.Sha256.hex(old), org.logokit.text.Sha256.hex(other))
        .replace("\"bytes\" : " + old.length + ",", "\"bytes\" : " + other.length + ","));
    Run hashes = cli("check", "--assets", assets.toString(), "--out", out.toString());
    assertFalse(hashes.all().contains(".pdf"), hashes.all()); // (index.html is "edited")
    Path report = dir.resolve("report");
    Run r = cli("check", "--pixels", "--report", report.toString(), "--assets",
        assets.toString(), "--out", out.toString());
    assertEquals(1, r.exit);
    List<String> lines = r.all().lines().filter(l -> l.contains(".pdf")).toList();
    assertEquals(1, lines.size(), r.all());
    assertTrue(lines.get(0).contains(WIDE) && lines.get(0).contains("not the file a fresh "
        + "render makes: its bytes differ"), r.all());
    assertTrue(Files.readString(report.resolve("index.html")).contains("its bytes differ"));
  }

  @Test
  void checkPixelsPassesFreshPdfs() throws Exception {
    Run r = cli("check", "--pixels", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.all());
  }

  @Test
  void whatCannotStayVectorsIsPaintedAt300DpiWithinThePixelBudget() {
    long budget = org.logokit.kit.Limits.DEFAULT.maxPixelsPerOutput();
    var small = new org.logokit.plan.IntrinsicSize(200, 200);
    assertEquals(300, PdfPages.rasterDpi(small, budget), 1e-9);
    // 8192 px square at 300 DPI would be 9.8 times the budget: it gets the budget, 96 DPI.
    var large = new org.logokit.plan.IntrinsicSize(8192, 8192);
    assertEquals(96, PdfPages.rasterDpi(large, budget), 1e-6);
  }

  /** Every content-stream operator of the page, in order. */
  static List<String> operators(PDPage page) throws Exception {
    List<String> ops = new ArrayList<>();
    PDFStreamParser parser = new PDFStreamParser(page);
    for (Object token = parser.parseNextToken(); token != null;
        token = parser.parseNextToken()) {
      if (token instanceof Operator op) {
        ops.add(op.getName());
      }
    }
    return ops;
  }

  static String content(PDPage page) throws Exception {
    try (var in = page.getContents()) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(o)).setErr(new PrintWriter(e))
        .execute(args);
    Run r = new Run(exit, o.toString(), e.toString());
    assertFalse(r.all().contains("\tat ") || r.all().contains("Exception"), r.all());
    return r;
  }

  /** The output's lines that name a file of the folder, i.e. its findings. */
  static List<String> findingLines(Run r) {
    return r.all().lines().filter(l -> l.contains(".pdf:") || l.contains(".png:")).toList();
  }
}
