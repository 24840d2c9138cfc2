package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.format.tiff.TiffEncoder;
import org.logokit.kit.Target;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.verify.ImageComparison;
import org.logokit.format.ImageFiles;
import org.logokit.verify.Verifier;

/** Print TIFFs at 300 and 600 DPI with correct resolution tags. */
class TiffTest {
  static final String BASE = "xmpp_logo_(black_text)/xmpp_logo_(black_text)";

  @TempDir Path dir;

  @Test
  void tiffTargetsParse() {
    assertEquals(new Target.Tiff(Target.parse("300dpi")), Target.parse("300dpi.tiff"));
    assertEquals("-600dpi", Target.parse("600dpi.tiff").suffix());
    assertEquals("tiff", Target.parse("64px.tiff").extension());
  }

  @Test
  void printTiffsHaveTheirPixelsAndResolutionTags() throws Exception {
    for (int dpi : new int[] {300, 600}) {
      Path tiff = RenderedKit.get().out.resolve(BASE + "-" + dpi + "dpi.tiff");
      byte[] bytes = Files.readAllBytes(tiff);
      String magic = new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(magic.equals("MM\0*") || magic.equals("II*\0"), "a TIFF: " + magic);
      BufferedImage img = ImageFiles.decodeAll(bytes).get(0);
      int px = dpi == 300 ? 625 : 1250;
      assertEquals(px + "x" + px, img.getWidth() + "x" + img.getHeight());
      BufferedImage png = TestFiles.decode(RenderedKit.get().out.resolve(BASE + "-" + dpi
          + "dpi.png"));
      assertTrue(ImageComparison.of(png, img).identical(), "same pixels as the PNG");
      ManifestEntry e = RenderedKit.get().report.manifest().outputs().stream()
          .filter(m -> m.path().equals(BASE + "-" + dpi + "dpi.tiff")).findFirst().orElseThrow();
      assertEquals("tiff", e.format());
      assertEquals(dpi, e.dpi());
    }
    assertEquals(List.of(), Verifier.verify(RenderedKit.get().out));
  }

  @Test
  void verifyCatchesATiffWithTheWrongResolution() throws Exception {
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    Path tiff = out.resolve(BASE + "-300dpi.tiff");
    BufferedImage img = ImageFiles.decodeAll(Files.readAllBytes(tiff)).get(0);
    Files.write(tiff, TiffEncoder.encode(img, 72));
    Finding f = Verifier.verify(out).get(0);
    assertInstanceOf(Finding.WrongDpi.class, f);
    assertTrue(f.message().endsWith("found 72.00 DPI (TIFF tags)"), f.message());
  }

  @Test
  void resolutionIsWrittenInHundredths() {
    assertEquals("30000/100", org.logokit.format.tiff.TiffEncoderAccess.rational(300));
  }
}
