package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.logokit.format.Format;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.format.icon.IconEncoder;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.manifest.ManifestEntry;
import org.logokit.plan.ContentBox;
import org.logokit.plan.IntrinsicSize;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;
import org.logokit.verify.Finding;
import org.logokit.verify.ImageComparison;
import org.logokit.format.ImageFiles;
import org.logokit.verify.Verifier;

/** Favicons, app icons and placement on a canvas. */
class IconsAndPlacementTest {
  static final String MARK = "xmpp_logo_(without_text)/xmpp_logo_(without_text)";

  @TempDir Path dir;

  @Test
  void faviconIcoHasPngEntriesFrom16To256() throws Exception {
    byte[] ico = Files.readAllBytes(RenderedKit.get().out.resolve(MARK + ".ico"));
    assertEquals(List.of("16x16", "32x32", "48x48", "64x64", "128x128", "256x256"),
        ImageFiles.entrySizes(ico));
    assertEquals(0, ico[2] == 1 ? 0 : 1, "ICO type 1 (icon)");
    List<BufferedImage> entries = ImageFiles.decodeAll(ico);
    BufferedImage png256 = render("xmpp_logo_(without_text).svg", 256, 256);
    assertTrue(ImageComparison.of(png256, entries.get(5)).identical(),
        "the 256 entry is the 256 px render, colours not swapped");
  }

  @Test
  void macIcnsHasEntriesFrom16To1024() throws Exception {
    byte[] icns = Files.readAllBytes(RenderedKit.get().out.resolve(MARK + ".icns"));
    assertEquals(List.of("16x16", "32x32", "64x64", "128x128", "256x256", "512x512",
        "1024x1024"), ImageFiles.entrySizes(icns));
    assertTrue(ImageComparison.of(render("xmpp_logo_(without_text).svg", 64, 64),
        ImageFiles.decodeAll(icns).get(2)).identical());
  }

  @Test
  void manifestListsIconEntriesAndVerifyChecksEachOne() throws Exception {
    ManifestEntry ico = RenderedKit.get().report.manifest().outputs().stream()
        .filter(e -> e.path().equals(MARK + ".ico")).findFirst().orElseThrow();
    assertEquals("ico", ico.format());
    assertEquals(List.of(16, 32, 48, 64, 128, 256), ico.entries());
    Path out = RenderedKit.get().copyTo(dir.resolve("out"));
    // A favicon someone rebuilt without its 48 px entry.
    List<BufferedImage> entries = ImageFiles.decodeAll(Files.readAllBytes(out.resolve(MARK + ".ico")));
    entries.remove(2);
    Files.write(out.resolve(MARK + ".ico"), IconEncoder.encode(Format.ICO, entries));
    Finding f = Verifier.verify(out).get(0);
    assertInstanceOf(Finding.WrongEntries.class, f);
    assertEquals("wrong icon entries: expected 16x16, 32x32, 48x48, 64x64, 128x128, 256x256, "
        + "found 16x16, 32x32, 64x64, 128x128, 256x256", f.message());
  }

  @Test
  void nonSquareMasterIsCentredInEachIconEntry() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("wide.svg"), TestFiles.rectSvg("viewBox=\"0 0 40 10\"",
        "#0000ff"));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [ico]\nmasters: [wide.svg]\n");
    KitRenderer.render(KitLoader.load(assets, null), new RenderOptions(assets,
        dir.resolve("out"), 1));
    BufferedImage e32 = ImageFiles.decodeAll(Files.readAllBytes(dir.resolve("out/wide/wide.ico")))
        .get(1);
    assertEquals(0, e32.getRGB(16, 2) >>> 24, "above the band is transparent");
    assertEquals(0xff0000ff, e32.getRGB(16, 16), "the band is centred");
    assertEquals(0xff0000ff, e32.getRGB(0, 14), "and spans the full width");
  }

  /** The extended-width master is the square logo centred on a 1200x630 card: placement must
   * make the same card from the square master. */
  @Test
  void boxPlacementReproducesTheExtendedWidthCard() throws Exception {
    Path svg = TestFiles.ASSETS.resolve("xmpp_logo.svg");
    SvgMaster square = SvgLoader.load(Files.readAllBytes(svg), svg.toUri().toString(),
        Limits.DEFAULT, Scheme.LIGHT);
    BufferedImage card = square.paint(1200, 630,
        ContentBox.fit(square.size(), 1200, 630, 0, 0));
    BufferedImage extended = render("xmpp_logo_(extended_width).svg", 1200, 630);
    ImageComparison c = ImageComparison.of(extended, card);
    assertTrue(c.max() <= 2 && c.mean() < 0.01, "placed card differs: " + c);
  }

  @Test
  void appIconHasItsBackgroundAndSafeMargin() throws Exception {
    BufferedImage icon = TestFiles.decode(RenderedKit.get().out.resolve(MARK + "-appicon.png"));
    assertEquals(1024, icon.getWidth());
    for (int[] p : new int[][] {{0, 0}, {1023, 1023}, {512, 60}, {60, 512}}) {
      assertEquals(0xffffffff, icon.getRGB(p[0], p[1]), "white margin at " + p[0] + "," + p[1]);
    }
    long mark = 0;
    for (int y = 103; y < 921; y++) {
      for (int x = 103; x < 921; x++) {
        mark += icon.getRGB(x, y) != 0xffffffff ? 1 : 0;
      }
    }
    assertTrue(mark > 100_000, "the mark is inside the margin: " + mark + " pixels");
    // 10% of 1024 on each side: the mark fits inside 102.4 .. 921.6.
    ContentBox box = ContentBox.fit(new IntrinsicSize(200, 200), 1024, 1024, 102.4, 0);
    assertEquals(102.4, box.x(), 1e-9);
    assertEquals(819.2, box.width(), 1e-9);
  }

  @Test
  void placementObjectsAreValidatedWithTheirLine() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"9\" height=\"9\"",
        "red"));
    for (String[] bad : new String[][] {
        {"{box: 1200x630}", "needs a 'suffix'"},
        {"{box: wide, suffix: -x}", "'box' must be <width>x<height>"},
        {"{padding: 60%, suffix: -x}", "under 50%"},
        {"{background: teal, suffix: -x}", "'background' must be #rgb"},
        {"{size: ico, suffix: -x}", "'size' of a placement must be own, <N>dpi, <N>dpi-pt or <N>px"},
        {"{suffix: -x, margin: 3}", "unknown key 'margin'"}}) {
      TestFiles.write(assets.resolve("logokit.yaml"), "masters:\n  - file: a.svg\n"
          + "    targets: [own, " + bad[0] + "]\n");
      KitException e = assertThrows(KitException.class, () -> KitLoader.load(assets, null));
      assertTrue(e.getMessage().contains(":3: ") && e.getMessage().contains(bad[1]),
          bad[0] + " -> " + e.getMessage());
    }
  }

  private static BufferedImage render(String master, int w, int h) throws Exception {
    Path svg = TestFiles.ASSETS.resolve(master);
    return SvgLoader.load(Files.readAllBytes(svg), svg.toUri().toString(), Limits.DEFAULT)
        .paint(w, h);
  }
}
