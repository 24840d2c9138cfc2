package org.logokit.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every format family promises, as TwelveMonkeys' {@code ImageWriterAbstractTest} holds its
 * writers to one contract: the same input gives the same bytes; the file is recognised as its
 * format; its reader states back the facts it was written with; its pixels decode exactly; and a
 * truncated or damaged file gives a result or one line of why, never another exception. A
 * format's test is a small subclass that writes a sample file.
 */
public abstract class FormatContractTest {
  /** The facts a sample file must state, as its manifest record would. */
  public record Expected(int width, int height, double dpi, List<String> entries,
      String pages) {}

  /** The format under test. */
  protected abstract Format format();

  /** A sample file, as logokit writes it; called more than once. */
  protected abstract byte[] write();

  /** What {@link #write()}'s file states of itself. */
  protected abstract Expected expected();

  /** The images the sample was written from (an icon's entries); none for a vector format. */
  protected List<BufferedImage> images() {
    return List.of();
  }

  /**
   * Whether a file with the same pixels from another encoder can pass as logokit's by its
   * layout (PNG, ICO, ICNS); else only its bytes prove it (TIFF, PDF).
   */
  protected abstract boolean layoutProves();

  protected Codec codec() {
    return format().codec();
  }

  /** A small RGBA image with transparency, many colours and a hard edge. */
  protected static BufferedImage sample(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int a = x < w / 4 ? 0 : 255 * (x + 1) / w;
        img.setRGB(x, y, a << 24 | (x * 7 % 256) << 16 | (y * 13 % 256) << 8 | (x ^ y) & 255);
      }
    }
    return img;
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertArrayEquals(write(), write());
  }

  @Test
  void itsBytesAreRecognisedAsItsFormat() {
    assertEquals(format(), Format.sniff(write()));
  }

  @Test
  void itsReaderStatesTheFactsItWasWrittenWith() throws IOException {
    Facts facts = codec().facts(write());
    Expected e = expected();
    assertEquals(e.width(), facts.width(), "width");
    assertEquals(e.height(), facts.height(), "height");
    assertEquals(e.entries(), facts.entries(), "entries");
    assertEquals(e.pages(), facts.pagesShown(), "pages");
    if (Double.isNaN(e.dpi())) {
      assertTrue(Double.isNaN(facts.dpi()), "no resolution");
    } else {
      assertEquals(e.dpi(), facts.dpi(), 0.01, "dpi");
      assertNull(facts.resolutionOtherThan(e.dpi()), "the resolution logokit writes");
      assertNotNull(facts.resolutionOtherThan(e.dpi() + 1), "and no other");
    }
  }

  @Test
  void itsPixelsDecodeExactly() throws IOException {
    List<BufferedImage> want = images();
    if (!format().hasPixels()) {
      assertTrue(codec().images(write()).isEmpty(), "no images in a format without pixels");
      return;
    }
    List<BufferedImage> got = ImageFiles.decodeAll(write());
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      assertEquals(0, ImageComparisonOf.max(want.get(i), got.get(i)), "image " + i);
    }
  }

  @Test
  void itsOwnLayoutIsLogokits() {
    String problem = codec().layoutProblem(write());
    if (layoutProves()) {
      assertNull(problem);
    } else {
      assertNotNull(problem, "only the bytes prove it");
    }
  }

  /** Cut at several places: every cut reads, or is one line of why. */
  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99})
  void aTruncatedFileIsOneLine(double keep) {
    byte[] full = write();
    byte[] cut = java.util.Arrays.copyOf(full, (int) (full.length * keep));
    readOrOneLine(cut);
  }

  /** 200 copies with a byte flipped each, from a fixed seed: the same inputs every run. */
  @Test
  void aDamagedFileIsOneLine() {
    byte[] full = write();
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      byte[] bad = full.clone();
      bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
      readOrOneLine(bad);
    }
  }

  private void readOrOneLine(byte[] file) {
    List<String> problems = new ArrayList<>();
    try {
      codec().facts(file);
      if (format().hasPixels()) {
        ImageFiles.decodeAll(file);
      }
    } catch (IOException e) {
      problems.add(e.getMessage());
    }
    for (String p : problems) {
      assertNotNull(p, "a reason");
      assertTrue(!p.isEmpty() && p.lines().count() == 1, "one line: " + p);
    }
  }

  /** The largest channel difference of two images, premultiplied, as check --pixels reports. */
  static final class ImageComparisonOf {
    private ImageComparisonOf() {}

    static int max(BufferedImage a, BufferedImage b) {
      return org.logokit.verify.ImageComparison.of(a, b).max();
    }
  }
}
