package org.logokit.format.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageReader;
import org.logokit.format.Codec;
import org.logokit.format.Facts;
import org.logokit.format.ImageLayout;
import org.logokit.text.Decimals;

/**
 * PDF: drawn as vectors by {@link PdfEncoder} (so not written from images), read back by
 * logokit's own bounded reader ({@link PdfFacts}) for its page count and size. No pixels are
 * decoded: a PDF is proved by its bytes, which are reproducible.
 */
public final class PdfCodec implements Codec {
  public static final PdfCodec PDF = new PdfCodec();

  private PdfCodec() {}

  @Override
  public boolean sniff(byte[] file) {
    return PdfFacts.hasMagic(file);
  }

  @Override
  public List<ImageLayout.Image> images(byte[] file) {
    return List.of();
  }

  @Override
  public ImageReader reader() throws IOException {
    throw new IOException("a PDF's pages are not decoded to pixels here");
  }

  @Override
  public Facts facts(byte[] file) throws IOException {
    PdfFacts f = PdfFacts.read(file);
    return new PageFacts(pages(f.pages(), f.width(), f.height()));
  }

  /** A PDF's facts: no pixels, its pages. */
  private record PageFacts(String pagesShown) implements Facts {
    @Override
    public int width() {
      return 0;
    }

    @Override
    public int height() {
      return 0;
    }
  }

  /** "1 page of 150x37.5 pt": sizes to the hundredth of a point, as compared. */
  public static String pages(int count, double width, double height) {
    return count + (count == 1 ? " page" : " pages") + " of " + Decimals.shown(width) + "x"
        + Decimals.shown(height) + " pt";
  }

  @Override
  public String layoutProblem(byte[] file) {
    return "only its bytes can prove a PDF is logokit's";
  }

  @Override
  public byte[] write(List<BufferedImage> images, double dpi, boolean smallest) {
    throw new UnsupportedOperationException("a PDF is drawn from the master, not written from "
        + "pixels");
  }
}
