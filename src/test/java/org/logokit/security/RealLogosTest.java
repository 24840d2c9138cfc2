package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.logokit.TestFiles;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.RenderReport;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Limits;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;
import org.logokit.verify.Verifier;

/** Hardening must not cost real logos: every file of a varied public set renders. */
class RealLogosTest {
  static final Path CORPUS = TestFiles.RESOURCES.resolve("real");

  @TempDir Path dir;

  static List<Path> corpus() throws Exception {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
  }

  @Test
  void corpusIsNotEmpty() throws Exception {
    assertTrue(corpus().size() >= 30, "the real-logo corpus is missing files");
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void rendersWithSomethingPainted(Path svg) throws Exception {
    BufferedImage img = paint(svg, 128);
    long painted = painted(img);
    assertTrue(painted > img.getWidth() * img.getHeight() / 100, svg.getFileName() + ": only "
        + painted + " pixels painted");
  }

  @Test
  void textIsDrawnWithARealFont() throws Exception {
    BufferedImage img = paint(CORPUS.resolve("text-logokit-wordmark.svg"), 320);
    // The word spans the middle of the card; with no usable font nothing would be drawn.
    long inWord = 0;
    for (int y = 25; y < 75; y++) {
      for (int x = 50; x < 270; x++) {
        inWord += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
      }
    }
    assertTrue(inWord > 2000, "glyph pixels: " + inWord);
  }

  @Test
  void namesWithSpacesParenthesesAndNonAsciiRender() throws Exception {
    Path assets = dir.resolve("my assets");
    String file = "Logo (größe) ü – final.svg";
    TestFiles.write(assets.resolve(file), TestFiles.rectSvg("width=\"20\" height=\"10\"",
        "navy"));
    RenderReport r = KitRenderer.render(KitLoader.load(assets, null),
        new RenderOptions(assets, dir.resolve("out"), 1));
    assertTrue(r.ok(), r.failures().toString());
    Path png = dir.resolve("out/Logo (größe) ü – final/Logo (größe) ü – final-16px.png");
    assertEquals(16, TestFiles.decode(png).getWidth());
    assertEquals(List.of(), Verifier.verify(dir.resolve("out")));
  }

  @Test
  void illustratorForeignObjectIsIgnoredNotRefused() throws Exception {
    Path svg = TestFiles.write(dir.resolve("ai.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "xmlns:i=\"http://ns.adobe.com/AdobeIllustrator/10.0/\" width=\"20\" height=\"20\">"
        + "<switch><foreignObject requiredExtensions=\"http://ns.adobe.com/AdobeIllustrator/10.0/"
        + "\" width=\"1\" height=\"1\"><i:pgfRef/></foreignObject><g><rect width=\"20\" "
        + "height=\"20\" fill=\"#c00\"/></g></switch></svg>");
    assertEquals(0xffcc0000, paint(svg, 20).getRGB(10, 10));
  }

  @Test
  void noScriptEngineAndNoXercesOnTheClasspath() {
    for (String cls : List.of("org.mozilla.javascript.Context",
        "org.apache.xerces.parsers.SAXParser")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(cls), cls);
    }
  }

  @Test
  void jdkParserIsTheOneInUse() throws Exception {
    assertFalse(javax.xml.parsers.SAXParserFactory.newInstance().getClass().getName()
        .startsWith("org.apache.xerces."), "a Xerces jar replaced the JDK's parser");
  }

  static BufferedImage paint(Path svg, int longest) throws Exception {
    SvgMaster m = SvgLoader.load(Files.readAllBytes(svg), svg.toUri().toString(),
        Limits.DEFAULT);
    double l = m.size().longestSide();
    return m.paint((int) Math.max(1, Math.round(longest * m.size().width() / l)),
        (int) Math.max(1, Math.round(longest * m.size().height() / l)));
  }

  static long painted(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += (img.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
      }
    }
    return n;
  }
}
