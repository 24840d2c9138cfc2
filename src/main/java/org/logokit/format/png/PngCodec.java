package org.logokit.format.png;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.logokit.format.Codec;
import org.logokit.format.Facts;
import org.logokit.format.ImageLayout;

/**
 * PNG: written by {@link PngEncoder} (the bundled libdeflate), read by the JDK's reader after its
 * IHDR and the chunks before the image data are counted here; logokit's own layout is
 * {@link PngChunks}'.
 */
public final class PngCodec implements Codec {
  public static final PngCodec PNG = new PngCodec();

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  private PngCodec() {}

  @Override
  public boolean sniff(byte[] file) {
    return isPng(file, 0, file.length);
  }

  @Override
  public List<ImageLayout.Image> images(byte[] file) throws IOException {
    return List.of(image(file, 0, file.length, ""));
  }

  @Override
  public ImageReader reader() throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
    if (!readers.hasNext()) {
      throw new IOException("no PNG reader in this Java");
    }
    return readers.next();
  }

  @Override
  public Facts facts(byte[] file) throws IOException {
    return PngInfo.read(file, false);
  }

  @Override
  public String layoutProblem(byte[] file) {
    return PngChunks.problem(file);
  }

  @Override
  public boolean provesOtherEncoders() {
    return true;
  }

  @Override
  public String imageDifference(byte[] ours, byte[] file) {
    return PngImageData.difference(ours, file);
  }

  @Override
  public byte[] write(List<BufferedImage> images, double dpi, boolean smallest) {
    return PngEncoder.encode(images.get(0), pixelsPerMeter(dpi),
        smallest ? PngEncoder.Effort.SMALLEST : PngEncoder.Effort.FAST);
  }

  /**
   * pHYs pixels per metre for a DPI, rounded to the nearest as Inkscape 1.x and Illustrator
   * write it: 96 DPI is 3780, 72 DPI 2835, 300 DPI 11811. The one rule every writer and checker
   * of logokit uses. (Inkscape 0.92, which made the published XMPP kit, truncated: 3779; a file
   * of another tool may be 1 px/m off, which {@link #sameResolution} forgives.)
   */
  public static int pixelsPerMeter(double dpi) {
    return (int) Math.round(dpi / 0.0254);
  }

  /**
   * Whether a file's pHYs is a DPI as the encoder its manifest record names wrote it: exactly
   * {@link #pixelsPerMeter} for this logokit's; within 1 px/m of it for logokit's encoders before
   * png-2 ({@code png-1+...}, {@code png-smallest-1+...}), which truncated (96 DPI was 3779), so
   * their outputs stay valid until {@code render --reencode} rewrites them.
   */
  public static boolean writtenAs(double dpi, String encoder, long x, long y) {
    int ppm = pixelsPerMeter(dpi);
    return truncates(encoder) ? sameResolution(ppm, x) && sameResolution(ppm, y)
        : x == ppm && y == ppm;
  }

  /** Whether a recorded encoder is one of those that wrote pHYs truncated. */
  static boolean truncates(String encoder) {
    return encoder != null && (encoder.startsWith("png-1+") || encoder.startsWith(
        "png-smallest-1+"));
  }

  /**
   * Whether two pHYs values state the same resolution as tools write it: equal, or 1 px/m apart
   * (one rounded, the other truncated). For comparing a kit logokit did not make; what logokit
   * made is checked exactly against {@link #pixelsPerMeter}.
   */
  public static boolean sameResolution(long a, long b) {
    return a >= 0 && b >= 0 && Math.abs(a - b) <= 1;
  }

  /**
   * The PNG in {@code b[offset, offset + length)} as its IHDR says, for a file or an icon's
   * entry.
   *
   * @param where what to name before a problem: {@code ""} for a file, else e.g.
   *     {@code "entry 2 (icp5): "}
   */
  public static ImageLayout.Image image(byte[] b, int offset, int length, String where) throws IOException {
    if (length < 33 || !isPng(b, offset, length)) {
      throw new IOException(where + "not a PNG: no IHDR");
    }
    ByteBuffer h = ByteBuffer.wrap(b, offset + 8, 25); // big-endian, as PNG is
    if (h.getInt() != 13 || h.getInt() != 0x49484452) { // "IHDR"
      throw new IOException(where + "not a PNG: no IHDR");
    }
    int width = h.getInt();
    int height = h.getInt();
    int depth = h.get();
    int channels = switch (h.get()) { // colour type
      case 0, 3 -> 1; // grey, palette
      case 2 -> 3;
      case 4 -> 2;
      case 6 -> 4;
      default -> 0;
    };
    if (width <= 0 || height <= 0 || channels == 0 || depth <= 0 || depth > 16) {
      throw new IOException(where + "a PNG header no decoder reads");
    }
    // The JDK's reader keeps every chunk before the image data as metadata: a 14 MB PNG of a
    // million tEXt chunks cost verify 6 s and 580 MB. Counted here, one step a chunk.
    ByteBuffer chunks = ByteBuffer.wrap(b, offset, length);
    int count = 0;
    for (int at = offset + 33; at + 8 <= offset + length; ) {
      int size = chunks.getInt(at);
      if (size < 0 || chunks.getInt(at + 4) == 0x49444154) { // "IDAT"
        break;
      }
      if (++count > ImageLayout.MAX_PNG_CHUNKS) {
        throw new IOException(where + "over " + ImageLayout.MAX_PNG_CHUNKS + " chunks before "
            + "the image data, the most logokit reads (it writes at most 3)");
      }
      at += Math.min(12L + size, offset + length - at);
    }
    return new ImageLayout.Image(width, height, channels * (depth == 16 ? 2 : 1));
  }

  /** Whether {@code b[offset, offset + length)} starts as a PNG does. */
  public static boolean isPng(byte[] b, int offset, int length) {
    return startsWith(b, offset, length, SIGNATURE);
  }

  private static boolean startsWith(byte[] b, int offset, int length, byte[] prefix) {
    if (length < prefix.length || offset + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
