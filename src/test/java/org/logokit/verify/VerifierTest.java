package org.logokit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.format.png.PngEncoder;

class VerifierTest {
  static final String LOGO_64 = "xmpp_logo/xmpp_logo-64px.png";

  @TempDir Path out;

  @BeforeEach
  void copyRenderedKit() throws Exception {
    RenderedKit.get().copyTo(out);
  }

  @Test
  void freshRenderIsClean() throws Exception {
    assertEquals(List.of(), Verifier.verify(out));
  }

  @Test
  void deletedFileIsMissing() throws Exception {
    Files.delete(out.resolve(LOGO_64));
    Finding f = only();
    assertInstanceOf(Finding.Missing.class, f);
    assertEquals(LOGO_64 + ": missing: listed in the manifest, not in the folder", f.line());
  }

  @Test
  void extraFileIsNotInTheManifest() throws Exception {
    TestFiles.write(out.resolve("xmpp_logo/extra.png"), "x");
    assertEquals("xmpp_logo/extra.png: not in the manifest", only().line());
  }

  @Test
  void hiddenFilesAreNotOutputs() throws Exception {
    TestFiles.write(out.resolve(".gitkeep"), "");
    TestFiles.write(out.resolve(".cache/x.png"), "x");
    assertEquals(List.of(), Verifier.verify(out));
  }

  @Test
  void resizedFileHasTheWrongSize() throws Exception {
    BufferedImage small = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Files.write(out.resolve(LOGO_64), PngEncoder.encode(small, 1209));
    assertEquals(LOGO_64 + ": wrong size: expected 64x64, found 32x32", only().line());
  }

  @Test
  void truncatedFileDoesNotDecode() throws Exception {
    byte[] png = Files.readAllBytes(out.resolve(LOGO_64));
    Files.write(out.resolve(LOGO_64), Arrays.copyOf(png, png.length / 2));
    Finding f = only();
    assertInstanceOf(Finding.Undecodable.class, f);
    assertTrue(f.line().startsWith(LOGO_64 + ": does not decode: "), f.line());
  }

  @Test
  void garbageDoesNotDecode() throws Exception {
    Files.writeString(out.resolve(LOGO_64), "this is not a PNG");
    assertInstanceOf(Finding.Undecodable.class, only());
  }

  @Test
  void sameSizeOtherDpiIsWrongDpi() throws Exception {
    BufferedImage img = TestFiles.decode(out.resolve(LOGO_64));
    Files.write(out.resolve(LOGO_64), PngEncoder.encode(img, 2835));
    assertEquals(LOGO_64 + ": wrong DPI: expected 30.72 DPI (pHYs 1209 px/m), found 72.01 DPI "
        + "(pHYs 2835 px/m)", only().line());
  }

  @Test
  void editedPixelsChangeTheHash() throws Exception {
    BufferedImage img = TestFiles.decode(out.resolve(LOGO_64));
    img.setRGB(0, 0, 0xff123456);
    Files.write(out.resolve(LOGO_64), PngEncoder.encode(img, 1209));
    Finding f = only();
    assertInstanceOf(Finding.WrongHash.class, f);
    assertTrue(f.message().startsWith("content changed: expected sha256 "), f.message());
  }

  @Test
  void missingManifestIsReported() throws Exception {
    Files.delete(out.resolve("manifest.json"));
    assertTrue(only().line().startsWith("manifest.json: missing"));
  }

  @Test
  void corruptManifestIsReported() throws Exception {
    Files.writeString(out.resolve("manifest.json"), "{\"schema\": 1, \"outputs\": [");
    assertTrue(only().line().startsWith("manifest.json: not a logokit manifest"), only().line());
  }

  @Test
  void severalProblemsAreAllListedSortedByPath() throws Exception {
    Files.delete(out.resolve("xmpp_white_logo/xmpp_white_logo.png"));
    Files.writeString(out.resolve(LOGO_64), "junk");
    TestFiles.write(out.resolve("aaa.png"), "x");
    List<String> paths = Verifier.verify(out).stream().map(Finding::path).toList();
    assertEquals(List.of("aaa.png", LOGO_64, "xmpp_white_logo/xmpp_white_logo.png"), paths);
  }

  private Finding only() throws Exception {
    List<Finding> findings = Verifier.verify(out);
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }
}
