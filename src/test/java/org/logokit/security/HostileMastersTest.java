package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.logokit.Loopback;
import org.logokit.TestFiles;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.RenderReport;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.KitLoader;
import org.logokit.verify.Verifier;

/**
 * Hostile and malformed masters, written here, one class of attack each. Every case renders
 * beside a good master and must: fail with a message naming the hostile file and the reason,
 * let the good master render, send nothing to a loopback listener, leave no output of the
 * hostile master, and leave a folder that verifies clean.
 */
class HostileMastersTest {
  static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
      + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"100\">";
  static final String CLOSE = "<rect width=\"10\" height=\"10\"/></svg>";
  static final String URL = "{URL}"; // replaced with a loopback listener's address

  @TempDir Path dir;

  static Stream<Arguments> hostile() {
    return Stream.of(
        // 1. network
        of("external entity", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + URL + "e\">]>" + OPEN
            + "<text>&x;</text>" + CLOSE, "external entity"),
        // Found by the screen's fuzzer: the path's line break stays out of the one-line message
        of("external entity, a line break in its path", "<!DOCTYPE svg [<!ENTITY x SYSTEM "
            + "\"file:///etc/pas\rwd\">]>" + OPEN + "<text>&x;</text>" + CLOSE,
            "external entity 'x' (file:///etc/pas\\x0awd)"),
        of("parameter entity", "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"" + URL + "p\"> %p;]>"
            + OPEN + CLOSE, "entity"),
        of("image over http", OPEN + "<image width=\"9\" height=\"9\" xlink:href=\"" + URL
            + "a.png\"/>" + CLOSE, "<image> refers to 'http://127.0.0.1"),
        of("use over http", OPEN + "<use href=\"" + URL + "b.svg#x\"/>" + CLOSE,
            "<use> refers to"),
        of("css @import", OPEN + "<style>@import url(" + URL + "c.css);</style>" + CLOSE,
            "CSS @import"),
        of("css @font-face", OPEN + "<style>@font-face { font-family: f; src: url(" + URL
            + "f.woff); }</style>" + CLOSE, "<style> refers to"),
        of("paint server url", OPEN + "<rect width=\"9\" height=\"9\" fill=\"url(" + URL
            + "g.svg#g)\"/>" + CLOSE, "<rect> refers to"),
        of("filter url in style", OPEN + "<rect width=\"9\" height=\"9\" style=\"filter:url("
            + URL + "f.svg#f)\"/>" + CLOSE, "<rect> refers to"),
        of("mask url", OPEN + "<rect width=\"9\" height=\"9\" mask=\"url('" + URL
            + "m.svg#m')\"/>" + CLOSE, "<rect> refers to"),
        of("marker url", OPEN + "<path d=\"M0 0L9 9\" marker-end=\"url(" + URL
            + "k.svg#k)\"/>" + CLOSE, "<path> refers to"),
        of("feImage over http", OPEN + "<filter id=\"f\"><feImage xlink:href=\"" + URL
            + "i.png\"/></filter>" + CLOSE, "<feImage> refers to"),
        of("stylesheet PI", "<?xml-stylesheet type=\"text/css\" href=\"" + URL + "s.css\"?>"
            + OPEN + CLOSE, "xml-stylesheet"),
        of("XInclude", OPEN.replace(">", " xmlns:xi=\"http://www.w3.org/2001/XInclude\">")
            + "<xi:include href=\"" + URL + "x.xml\"/>" + CLOSE, "XInclude"),
        of("svg in a data URI that fetches", OPEN + "<image width=\"9\" height=\"9\" "
            + "xlink:href=\"data:image/svg+xml;base64," + b64(OPEN + "<image xlink:href=\"" + URL
            + "n.png\" width=\"1\" height=\"1\"/>" + CLOSE) + "\"/>" + CLOSE,
            "embeds data that is refused"),
        of("css escape hiding url", OPEN + "<style>rect { fill: \\75 rl(" + URL
            + "h.svg#h) }</style>" + CLOSE, "<style> refers to 'http://127.0.0.1"),
        of("css escape hiding @import", OPEN + "<style>@\\69mport '" + URL + "i.css';</style>"
            + CLOSE, "CSS @import"),
        // 2. local files
        of("file URL", OPEN + "<image width=\"9\" height=\"9\" xlink:href=\"file:///etc/hostname"
            + "\"/>" + CLOSE, "refers to 'file:///etc/hostname'"),
        of("jar URL", OPEN + "<image width=\"9\" height=\"9\" "
            + "xlink:href=\"jar:file:///tmp/a.jar!/a.png\"/>" + CLOSE, "refers to 'jar:file"),
        of("absolute path", OPEN + "<image width=\"9\" height=\"9\" xlink:href=\"/etc/passwd\"/>"
            + CLOSE, "refers to '/etc/passwd'"),
        of("parent traversal", OPEN + "<image width=\"9\" height=\"9\" xlink:href=\"../../x.png"
            + "\"/>" + CLOSE, "refers to '../../x.png'"),
        of("another local svg", OPEN + "<use xlink:href=\"good.svg#r\"/>" + CLOSE,
            "refers to 'good.svg#r'"),
        // 3. scripts
        of("script element", OPEN + "<script>alert(1)</script>" + CLOSE, "<script>"),
        of("script of another type", OPEN + "<script type=\"application/java-archive\" "
            + "xlink:href=\"data:,x\"/>" + CLOSE, "<script>"),
        of("onload", OPEN.replace(">", " onload=\"alert(1)\">") + CLOSE,
            "event handler attribute (onload on <svg>)"),
        of("onclick", OPEN + "<rect width=\"9\" height=\"9\" onclick=\"alert(1)\"/>" + CLOSE,
            "event handler attribute (onclick on <rect>)"),
        of("script in foreignObject", OPEN + "<foreignObject width=\"9\" height=\"9\">"
            + "<body xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></body>"
            + "</foreignObject>" + CLOSE, "<script>"),
        // 4. resource bombs
        of("billion laughs", "<!DOCTYPE svg [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;"
            + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + OPEN
            + "<text>&c;</text>" + CLOSE, "entities that could expand"),
        of("quadratic blow-up", "<!DOCTYPE svg [<!ENTITY a \"" + "x".repeat(50_000) + "\">]>"
            + OPEN + "<text>" + "&a;".repeat(10_000) + "</text>" + CLOSE,
            "entities that could expand"),
        of("use fan-out", useBomb(), "expand to more than the budget of 200000 elements"),
        of("use cycle", OPEN + "<g id=\"a\"><use xlink:href=\"#b\"/></g>"
            + "<g id=\"b\"><use xlink:href=\"#a\"/></g>" + CLOSE, "cycle through #"),
        of("long use chain", useChain(500), "a chain of more than 64 references"),
        of("long use chain, top down", useChainTopDown(100_000),
            "a chain of more than 64 references"),
        of("10,000-level nesting", OPEN + "<g>".repeat(10_000) + "</g>".repeat(10_000) + CLOSE,
            "nests elements deeper than the budget of 200"),
        of("morphology radius", OPEN + "<filter id=\"f\"><feMorphology radius=\"100000\"/>"
            + "</filter><rect width=\"9\" height=\"9\" filter=\"url(#f)\"/>" + CLOSE,
            "radius=\"100000\" is over the bound of 500"),
        of("turbulence octaves", OPEN + "<filter id=\"f\"><feTurbulence baseFrequency=\".1\" "
            + "numOctaves=\"1000000\"/></filter><rect width=\"9\" height=\"9\" "
            + "filter=\"url(#f)\"/>" + CLOSE, "numOctaves=\"1000000\" is over the bound of 24"),
        of("convolution order", OPEN + "<filter id=\"f\"><feConvolveMatrix order=\"3000\" "
            + "kernelMatrix=\"1\"/></filter>" + CLOSE, "order=\"3000\" is over the bound of 32"),
        of("image header claims 100000x100000", OPEN + "<image width=\"9\" height=\"9\" "
            + "xlink:href=\"data:image/png;base64," + Base64.getEncoder().encodeToString(
                PngHeaders.claiming(100_000, 100_000)) + "\"/>" + CLOSE,
            "an embedded image claims 100000x100000 pixels"),
        of("200000 px intrinsic size", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "width=\"200000\" height=\"200000\">" + CLOSE, "over the budget of 67108864 pixels"),
        of("zero size", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"10\">"
            + CLOSE, "must be positive"),
        of("negative size", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"-10\" "
            + "height=\"10\">" + CLOSE, "must be positive"),
        of("NaN size", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"NaN\" height=\"10\">"
            + CLOSE, "is not a length"),
        of("infinite size", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e999\" "
            + "height=\"10\">" + CLOSE, "must be positive and finite"),
        of("percent-only size", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" "
            + "height=\"50%\">" + CLOSE, "no usable size"),
        of("no size at all", "<svg xmlns=\"http://www.w3.org/2000/svg\">" + CLOSE,
            "no usable size"),
        // 5. malformed
        of("truncated XML", OPEN + "<rect width=\"10\" hei", "not well-formed XML"),
        of("binary garbage", "\u0000\u0001\u0002\u00ff garbage", "not well-formed XML"),
        of("empty file", "", "the file is empty"));
  }

  static Arguments of(String name, String svg, String reason) {
    return Arguments.of(name, svg.getBytes(StandardCharsets.UTF_8), reason);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Ten levels of ten uses each: 10^10 elements from a 1 KB file. */
  static String useBomb() {
    StringBuilder sb = new StringBuilder(OPEN + "<defs><rect id=\"l0\" width=\"1\" "
        + "height=\"1\"/>");
    for (int level = 1; level <= 10; level++) {
      sb.append("<g id=\"l").append(level).append("\">");
      for (int i = 0; i < 10; i++) {
        sb.append("<use xlink:href=\"#l").append(level - 1).append("\"/>");
      }
      sb.append("</g>");
    }
    return sb.append("</defs><use xlink:href=\"#l10\"/>").append(CLOSE).toString();
  }

  static String useChain(int n) {
    StringBuilder sb = new StringBuilder(OPEN + "<defs><rect id=\"u0\" width=\"1\" "
        + "height=\"1\"/>");
    for (int i = 1; i <= n; i++) {
      sb.append("<use id=\"u").append(i).append("\" xlink:href=\"#u").append(i - 1)
          .append("\"/>");
    }
    return sb.append("</defs><use xlink:href=\"#u").append(n).append("\"/>").append(CLOSE)
        .toString();
  }

  /** Each use refers to one defined after it, so a naive walk recurses 100,000 deep. */
  static String useChainTopDown(int n) {
    StringBuilder sb = new StringBuilder(OPEN + "<defs>");
    for (int i = 0; i < n; i++) {
      sb.append("<use id=\"t").append(i).append("\" xlink:href=\"#t").append(i + 1)
          .append("\"/>");
    }
    return sb.append("<rect id=\"t").append(n).append("\" width=\"1\" height=\"1\"/></defs>")
        .append("<use xlink:href=\"#t0\"/>").append(CLOSE).toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isRefusedAloneWhileTheGoodMasterRenders(String name, byte[] svg, String reason)
      throws Exception {
    try (Loopback net = new Loopback()) {
      byte[] bytes = new String(svg, StandardCharsets.UTF_8).replace(URL, net.url(""))
          .getBytes(StandardCharsets.UTF_8);
      if (name.equals("binary garbage")) {
        bytes = new byte[] {0, 1, 2, (byte) 0xff, 'g', 'a', 'r'};
      }
      assertRefused("evil.svg", bytes, reason);
      assertEquals(0, net.connections(), "a request reached the loopback listener");
    }
  }

  @Test
  void externalDtdIsNeverFetched() throws Exception {
    try (Loopback net = new Loopback()) {
      Path assets = goodAssets();
      TestFiles.write(assets.resolve("old.svg"), "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG "
          + "20000303 Stylable//EN\" \"" + net.url("svg-20000303-stylable.dtd") + "\">" + OPEN
          + CLOSE);
      assertTrue(render(assets).ok());
      assertTrue(Files.exists(dir.resolve("out/old/old.png")), "an old DOCTYPE still renders");
      assertEquals(0, net.connections(), "the DTD was fetched");
    }
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] svg = (OPEN + "<text>caf\u00e9</text>" + CLOSE).getBytes(StandardCharsets.ISO_8859_1);
    assertRefused("evil.svg", svg, "not well-formed XML");
  }

  @Test
  void pngNamedSvg() throws Exception {
    assertRefused("evil.svg", PngHeaders.claiming(10, 10), "this is a PNG image");
  }

  @Test
  void gzipBombUnderAnSvgName() throws Exception {
    assertRefused("evil.svg", gzipBomb(), "gzip stream inflates to more than the input budget");
  }

  @Test
  void gzipBombAsSvgz() throws Exception {
    assertRefused("evil.svgz", gzipBomb(), "gzip stream inflates to more than the input budget");
  }

  @Test
  void hugePathDataOverTheInputBudget() throws Exception {
    String svg = OPEN + "<path d=\"M0 0" + " L1 1".repeat(2_200_000) + "\"/>" + CLOSE;
    assertRefused("evil.svg", svg.getBytes(StandardCharsets.US_ASCII),
        "over the input budget of 10485760");
  }

  @Test
  void linkOutOfTheAssetsFolderIsNotFollowed() throws Exception {
    Path secret = TestFiles.write(dir.resolve("secret.svg"), TestFiles.rectSvg(
        "width=\"10\" height=\"10\"", "red"));
    Path assets = goodAssets();
    Files.createSymbolicLink(assets.resolve("evil.svg"), secret);
    assertOnlyEvilFailed(assets, "is a link that leads outside the assets folder");
  }

  @Test
  void linkToADeviceIsNotOpened() throws Exception {
    Path assets = goodAssets();
    Files.createSymbolicLink(assets.resolve("evil.svg"), Path.of("/dev/zero"));
    assertOnlyEvilFailed(assets, "is a link that leads outside the assets folder");
  }

  @Test
  void fifoIsNotOpened() throws Exception {
    Path assets = goodAssets();
    Process mkfifo = new ProcessBuilder("mkfifo", assets.resolve("evil.svg").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    assertOnlyEvilFailed(assets, "is not a regular file");
  }

  @Test
  void symlinkLoopInTheAssetsFolderDoesNotHang() throws Exception {
    Path assets = goodAssets();
    Files.createSymbolicLink(assets.resolve("loop"), assets);
    Files.createSymbolicLink(assets.resolve("loop.svg"), assets.resolve("loop.svg"));
    RenderReport r = render(assets);
    assertEquals(1, r.failures().size(), r.failures().toString());
    assertTrue(Files.exists(dir.resolve("out/good/good.png")));
  }

  /**
   * Only the watchdog words this failure, and it does not wait for the master to finish: the
   * message is the proof. The timeout only guards against a hang. The good master is rendered
   * first, under the default budget, so that the 1 s budget times the runaway alone (a cold
   * JVM's first render of even a tiny master could take longer on a busy machine).
   */
  @Test
  @Timeout(120)
  void runawayMasterIsStoppedAtItsTimeBudget() throws Exception {
    Path assets = goodAssets();
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [good.svg]\n");
    assertTrue(render(assets).ok());
    StringBuilder slow = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"4000\" height=\"4000\"><filter id=\"b\"><feGaussianBlur stdDeviation=\"40\"/>"
        + "</filter>");
    for (int i = 0; i < 400; i++) {
      slow.append("<circle cx=\"").append(i * 10).append("\" cy=\"").append(i * 10)
          .append("\" r=\"900\" filter=\"url(#b)\"/>");
    }
    TestFiles.write(assets.resolve("evil.svg"), slow.append("</svg>").toString());
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters: [good.svg, "
        + "evil.svg]\nlimits:\n  maxSecondsPerMaster: 1\n");
    RenderReport r = render(assets);
    assertEquals(List.of("took longer than the budget of 1 s per master "
        + "(limits.maxSecondsPerMaster)"), r.failures().stream().map(Diagnostic::message)
        .toList());
    assertFalse(Files.exists(dir.resolve("out/evil")));
    assertTrue(Files.exists(dir.resolve("out/good/good.png")), "the good master's output kept");
  }

  private Path goodAssets() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("good.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"20\" height=\"20\"><rect id=\"r\" width=\"20\" height=\"20\"/></svg>");
    return assets;
  }

  private void assertRefused(String file, byte[] svg, String reason) throws Exception {
    Path assets = goodAssets();
    Files.write(assets.resolve(file), svg);
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own, 64px]\nmasters: [good.svg, "
        + file + "]\n");
    assertOnlyEvilFailed(assets, reason);
  }

  private void assertOnlyEvilFailed(Path assets, String reason) throws Exception {
    RenderReport r = render(assets);
    assertEquals(1, r.failures().size(), r.failures().toString());
    Diagnostic d = r.failures().get(0);
    assertTrue(d.file().endsWith("evil.svg") || d.file().endsWith("evil.svgz"), d.file());
    assertTrue(d.message().contains(reason), d.message());
    assertFalse(d.message().contains("\n"), "one line: " + d.message());
    Path out = dir.resolve("out");
    assertTrue(Files.exists(out.resolve("good/good.png")), "the good master rendered");
    assertFalse(Files.exists(out.resolve("evil")), "nothing of the hostile master");
    assertEquals(List.of(), Verifier.verify(out));
  }

  private RenderReport render(Path assets) throws Exception {
    return KitRenderer.render(KitLoader.load(assets, null),
        new RenderOptions(assets, dir.resolve("out"), 2));
  }

  private static byte[] gzipBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(OPEN.getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        gz.write(spaces);
      }
      gz.write(CLOSE.getBytes(StandardCharsets.US_ASCII));
    }
    return bytes.toByteArray();
  }
}
