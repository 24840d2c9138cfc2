package org.logokit.format;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.logokit.text.Shown;

/**
 * Decoding output files: PNGs with the JDK's reader, TIFFs and icons with TwelveMonkeys'. Every
 * file is first read as {@link ImageLayout} and refused there when over a budget, so no decoder
 * sees a file whose headers lie about what it holds.
 */
public final class ImageFiles {
  private ImageFiles() {}

  /**
   * The file's first image (a PNG's only one), decoded within the budget of {@link
   * ImageLayout}.
   *
   * @throws IOException when the bytes are not a decodable image or are over a budget
   */
  public static BufferedImage decode(byte[] file) throws IOException {
    return withReader(file, reader -> reader.read(0));
  }

  /**
   * The most pixels a file's images may have in all to be decoded: 8192 x 8192, also the default
   * pixel budget of an output ({@code kit.Limits} takes it from here). A committed file is the pull request's; a 1 MB PNG can claim 16000 x 16000
   * pixels, and an icon's directory can say 16 px over an 8192 px entry.
   */
  public static final long MAX_PIXELS = 8192L * 8192L;

  /**
   * Every image in the file: one for a PNG, each entry of an ICO or ICNS, each IFD of a TIFF,
   * in file order; decoded only when the file is within the budgets of {@link ImageLayout}.
   */
  public static List<BufferedImage> decodeAll(byte[] file) throws IOException {
    return eachImage(file, ImageReader::read);
  }

  /** Each entry's width x height, without decoding pixels. */
  public static List<String> entrySizes(byte[] file) throws IOException {
    return eachImage(file, (r, i) -> r.getWidth(i) + "x" + r.getHeight(i));
  }

  /** What to get from one image of a file, given the reader positioned on it. */
  public interface PerImage<T> {
    T apply(ImageReader reader, int index) throws IOException;
  }

  /**
   * One image of the file to show at about {@code side} px: the smallest entry at least that
   * large (else the largest), read subsampled to no less than twice that. Only that image is
   * decoded, and only in part: a 1250 px TIFF or a 1024 px ICNS entry becomes a preview at a
   * fraction of the cost of decoding the file.
   */
  public static BufferedImage decodePreview(byte[] file, int side) throws IOException {
    return withReader(file, r -> pick(r, side));
  }

  private static BufferedImage pick(ImageReader r, int side) throws IOException {
    int n = r.getNumImages(true);
    int best = 0;
    for (int i = 1; i < n; i++) {
      int s = Math.min(r.getWidth(i), r.getHeight(i));
      int b = Math.min(r.getWidth(best), r.getHeight(best));
      if (b < side ? s > b : s >= side && s < b) {
        best = i;
      }
    }
    javax.imageio.ImageReadParam param = r.getDefaultReadParam();
    int k = Math.max(1, Math.min(r.getWidth(best), r.getHeight(best)) / (2 * side));
    param.setSourceSubsampling(k, k, 0, 0);
    return r.read(best, param);
  }

  /** Opens the right ImageIO reader for the bytes and applies {@code f} to every image. */
  public static <T> List<T> eachImage(byte[] file, PerImage<T> f) throws IOException {
    return withReader(file, reader -> {
      List<T> out = new ArrayList<>();
      int n = reader.getNumImages(true);
      for (int i = 0; i < n; i++) {
        out.add(f.apply(reader, i));
      }
      return out;
    });
  }

  /** What to get from a file, given its reader. */
  private interface WithReader<T> {
    T apply(ImageReader reader) throws IOException;
  }

  /**
   * Reads the file's layout and refuses it when over a budget, then opens the format's reader
   * on the bytes, applies {@code f}, and disposes of it.
   */
  private static <T> T withReader(byte[] file, WithReader<T> f) throws IOException {
    Format format = ImageLayout.of(file).format();
    try (ImageInputStream in = new MemoryCacheImageInputStream(
        new ByteArrayInputStream(file))) {
      ImageReader reader = format.codec().reader();
      try {
        reader.setInput(in);
        return f.apply(reader);
      } catch (IOException | RuntimeException e) {
        // A decoder's message may quote the file's bytes (an ICNS type): one line, escaped.
        String why = e instanceof IOException && e.getMessage() != null ? e.getMessage()
            : e.toString();
        throw new IOException(Shown.of(why), e);
      } finally {
        reader.dispose();
      }
    }
  }

}
