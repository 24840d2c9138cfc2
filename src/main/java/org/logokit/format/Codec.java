package org.logokit.format;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageReader;

/**
 * A format family's writer and its readers, side by side in the family's package
 * ({@code format.png}, {@code format.icon}, {@code format.tiff}, {@code format.pdf}); each
 * {@link Format} names its codec. Every reader treats the bytes as a pull request's: within the
 * budgets of {@link ImageLayout}, one line of why when it will not read them.
 */
public interface Codec {
  /** Whether {@code file} starts as this format's files do. */
  boolean sniff(byte[] file);

  /**
   * The images a decoder of the file would make, as the file's own headers say, read before any
   * decoder sees the bytes; none for a format without pixels.
   *
   * @throws IOException with one line saying why the file is not read
   */
  List<ImageLayout.Image> images(byte[] file) throws IOException;

  /**
   * A fresh ImageIO reader of this format, asked for directly (going through ImageIO's plug-in
   * scan cost a no-op render a fifth of its time).
   *
   * @throws IOException for a format without pixels
   */
  ImageReader reader() throws IOException;

  /**
   * What the file says of itself, from its headers, within the budgets: size, resolution, an
   * icon's entries, a PDF's pages. No pixel is decoded.
   *
   * @throws IOException with one line saying why the file is not read
   */
  Facts facts(byte[] file) throws IOException;

  /**
   * {@code null} when a file of this format with the pixels logokit makes is also laid out as
   * logokit writes the format, so that nothing a decoder skips can ride along; else why not.
   */
  String layoutProblem(byte[] file);

  /**
   * Whether a file another encoder made can be proved to be this logokit's output without being
   * its bytes ({@link #otherEncoding}). A TIFF or a PDF cannot: it is proved by its bytes alone,
   * so a new encoder's output of it is written anew.
   */
  default boolean provesOtherEncoders() {
    return false;
  }

  /**
   * {@code null} when {@code file} is {@code ours}, the file this logokit writes for the same
   * output, encoded by another encoder: laid out as logokit lays out the format, with the same
   * headers and metadata and the same image data, so that every decoder makes the same picture
   * of both, and no bigger than {@link #maxOtherEncoding}, so that what the other compressed
   * stream may carry besides is bounded. Else why not, in a few words.
   */
  default String otherEncoding(byte[] ours, byte[] file) {
    if (!provesOtherEncoders()) {
      return "other bytes, and such a file is proved by its bytes alone";
    }
    // Cheapest first: the size before anything is parsed, the layout before anything decoded.
    String size = oversized(ours, file);
    if (size != null) {
      return size;
    }
    String layout = layoutProblem(file);
    return layout != null ? layout : imageDifference(ours, file);
  }

  /**
   * For a codec that {@link #provesOtherEncoders}: {@code null} when {@code file}, already
   * within the size bound and laid out as logokit writes the format, holds the same headers and
   * image data as {@code ours}; else why not.
   */
  default String imageDifference(byte[] ours, byte[] file) {
    throw new UnsupportedOperationException("proved by its bytes alone");
  }

  /**
   * The most bytes another encoder's file of an output may have: twice this logokit's and
   * 4 KiB. Another deflater's stream differs, and its spare bits (stored blocks' padding, say)
   * could carry anything; bounded by the file's size, that room and the work of a proof stay
   * small (a file of 8 million empty IDAT chunks was "proved" at 96 MB).
   */
  static long maxOtherEncoding(long ours) {
    return 2 * ours + 4096;
  }

  /** {@code null} when {@code file} is within {@link #maxOtherEncoding}, else why not. */
  static String oversized(byte[] ours, byte[] file) {
    return file.length <= maxOtherEncoding(ours.length) ? null
        : file.length + " bytes, over twice the " + ours.length + " this logokit writes (another "
            + "encoder's file may have at most twice and 4 KiB)";
  }

  /**
   * The file logokit writes for {@code images} (one, or an icon's entries smallest first) at
   * {@code dpi}.
   *
   * @param smallest spend time for fewer bytes ({@code optimize: true}); the pixels are the same
   * @throws UnsupportedOperationException for a format made otherwise (a PDF is drawn, a copy
   *     and a text file are made from the master)
   */
  byte[] write(List<BufferedImage> images, double dpi, boolean smallest);
}
