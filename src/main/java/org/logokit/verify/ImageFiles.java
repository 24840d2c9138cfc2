package org.logokit.verify;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import com.twelvemonkeys.imageio.plugins.bmp.ICOImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.icns.ICNSImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;

/** Decoding output files: PNGs with the JDK's reader, icons with TwelveMonkeys'. */
public final class ImageFiles {
  private ImageFiles() {}

  /** @throws IOException when the bytes are not a decodable image */
  public static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage img;
    try {
      img = ImageIO.read(new ByteArrayInputStream(png));
    } catch (RuntimeException e) {
      throw new IOException(e.toString(), e);
    }
    if (img == null) {
      throw new IOException("not an image ImageIO can read");
    }
    return img;
  }

  /**
   * The most pixels one image of a file may claim to be decoded: the default pixel budget of an
   * output. A committed file is the pull request's; a 1 MB PNG can claim 16000 x 16000 pixels.
   */
  public static final long MAX_PIXELS = org.logokit.kit.Limits.DEFAULT.maxPixelsPerOutput();

  /** Every image in the file: one for a PNG, each entry of an ICO or ICNS, in file order. */
  public static List<BufferedImage> decodeAll(byte[] file) throws IOException {
    return eachImage(file, ImageFiles::read);
  }

  /** One image, decoded only when its header claims no more than {@link #MAX_PIXELS}. */
  static BufferedImage read(ImageReader reader, int index) throws IOException {
    long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
    if (pixels > MAX_PIXELS) {
      throw new IOException("claims " + reader.getWidth(index) + "x" + reader.getHeight(index)
          + " pixels, over the " + MAX_PIXELS + " an output may have: not decoded");
    }
    return reader.read(index);
  }

  /** Each entry's width x height, without decoding pixels. */
  public static List<String> entrySizes(byte[] file) throws IOException {
    return eachImage(file, (r, i) -> r.getWidth(i) + "x" + r.getHeight(i));
  }

  /** What to get from one image of a file, given the reader positioned on it. */
  interface PerImage<T> {
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
    long pixels = (long) r.getWidth(best) * r.getHeight(best);
    if (pixels > MAX_PIXELS) {
      throw new IOException("too large to preview");
    }
    javax.imageio.ImageReadParam param = r.getDefaultReadParam();
    int k = Math.max(1, Math.min(r.getWidth(best), r.getHeight(best)) / (2 * side));
    param.setSourceSubsampling(k, k, 0, 0);
    return r.read(best, param);
  }

  /** Opens the right ImageIO reader for the bytes and applies {@code f} to every image. */
  static <T> List<T> eachImage(byte[] file, PerImage<T> f) throws IOException {
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
   * The readers of the icon and print formats logokit writes, asked directly: going through
   * {@link ImageIO} first scans every plug-in on the class path, which cost a no-op render a
   * fifth of its time. Anything else (a PNG, or a file that is none of these) goes to ImageIO.
   */
  private static final List<ImageReaderSpi> DIRECT = List.of(new TIFFImageReaderSpi(),
      new ICOImageReaderSpi(), new ICNSImageReaderSpi());

  /** Opens the right reader for the bytes, applies {@code f}, and disposes of it. */
  private static <T> T withReader(byte[] file, WithReader<T> f) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(
        new ByteArrayInputStream(file))) {
      ImageReader reader = open(in);
      try {
        reader.setInput(in);
        return f.apply(reader);
      } catch (RuntimeException e) {
        throw new IOException(e.toString(), e);
      } finally {
        reader.dispose();
      }
    }
  }

  private static ImageReader open(ImageInputStream in) throws IOException {
    for (ImageReaderSpi spi : DIRECT) {
      if (spi.canDecodeInput(in)) {
        return spi.createReaderInstance();
      }
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new IOException("not an image ImageIO can read");
    }
    return readers.next();
  }
}
