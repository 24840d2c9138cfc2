package org.logokit.format.icon;

import org.logokit.format.Format;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.bmp.ICOImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.icns.ICNSImageReaderSpi;
import org.logokit.format.Codec;
import org.logokit.format.Facts;
import org.logokit.format.ImageFiles;
import org.logokit.format.ImageLayout;
import org.logokit.format.png.PngChunks;
import org.logokit.format.png.PngCodec;

/**
 * ICO and ICNS: written by {@link IconEncoder} (PNG entries from the bundled deflater), read by
 * TwelveMonkeys' readers once {@link IconLayout} has checked every entry's own header against
 * its directory.
 */
public final class IconCodec implements Codec {
  public static final IconCodec ICO = new IconCodec(Format.ICO);
  public static final IconCodec ICNS = new IconCodec(Format.ICNS);

  /** The ICNS types logokit writes: PNG entries of 16 to 1024 px. */
  private static final Set<String> ICNS_TYPES = Set.of("icp4", "icp5", "icp6", "ic07", "ic08",
      "ic09", "ic10");

  private final Format format;

  private IconCodec(Format format) {
    this.format = format;
  }

  @Override
  public boolean sniff(byte[] b) {
    return format == Format.ICO
        ? b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0
        : b.length >= 4 && b[0] == 'i' && b[1] == 'c' && b[2] == 'n' && b[3] == 's';
  }

  @Override
  public List<ImageLayout.Image> images(byte[] file) throws IOException {
    return format == Format.ICO ? IconLayout.ico(file) : IconLayout.icns(file);
  }

  @Override
  public ImageReader reader() throws IOException {
    ImageReaderSpi spi = format == Format.ICO ? new ICOImageReaderSpi()
        : new ICNSImageReaderSpi();
    return spi.createReaderInstance();
  }

  /** The entries as the reader sees them; the largest stands for the file's size. */
  @Override
  public Facts facts(byte[] file) throws IOException {
    List<String> entries = ImageFiles.entrySizes(file);
    int w = 0;
    int h = 0;
    for (String e : entries) {
      String[] wh = e.split("x");
      if (Integer.parseInt(wh[0]) > w) {
        w = Integer.parseInt(wh[0]);
        h = Integer.parseInt(wh[1]);
      }
    }
    return new IconFacts(w, h, List.copyOf(entries));
  }

  /** An icon's facts: its entries, its largest entry's size. */
  private record IconFacts(int width, int height, List<String> entries) implements Facts {}

  @Override
  public String layoutProblem(byte[] file) {
    return format == Format.ICO ? ico(file) : icns(file);
  }

  @Override
  public boolean provesOtherEncoders() {
    return true;
  }

  /**
   * The same entries in the same order, each directory entry the same but for where its data
   * lies, and each PNG entry the same image data ({@link PngCodec#otherEncoding}).
   */
  @Override
  public String imageDifference(byte[] ours, byte[] file) {
    List<byte[]> a = entries(ours);
    List<byte[]> b = entries(file);
    if (a.size() != b.size()) {
      return b.size() / 2 + " entries where logokit writes " + a.size() / 2;
    }
    for (int i = 0; i < a.size(); i += 2) {
      String entry = format.extension().toUpperCase(java.util.Locale.ROOT) + " entry "
          + (i / 2 + 1) + ": ";
      if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
        return entry + (format == Format.ICO ? "its directory fields are not logokit's"
            : "of type " + shown(new String(b.get(i), StandardCharsets.ISO_8859_1))
                + " where logokit writes "
                + new String(a.get(i), StandardCharsets.ISO_8859_1));
      }
      byte[] mine = a.get(i + 1);
      String problem = PngCodec.isPng(mine, 0, mine.length)
          ? PngCodec.PNG.otherEncoding(mine, b.get(i + 1))
          : java.util.Arrays.equals(mine, b.get(i + 1)) ? null : "other bytes than logokit's";
      if (problem != null) {
        return entry + problem;
      }
    }
    return null;
  }

  /**
   * Each entry as two items: what describes it apart from where it lies (an ICO directory
   * entry's first 8 bytes, an ICNS type), then its data. For a file {@link #layoutProblem}
   * accepts.
   */
  private List<byte[]> entries(byte[] file) {
    List<byte[]> out = new java.util.ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(file);
    if (format == Format.ICO) {
      b.order(ByteOrder.LITTLE_ENDIAN);
      int n = Short.toUnsignedInt(b.getShort(4));
      for (int i = 0; i < n; i++) {
        int e = 6 + 16 * i;
        out.add(java.util.Arrays.copyOfRange(file, e, e + 8));
        long size = Integer.toUnsignedLong(b.getInt(e + 8));
        long offset = Integer.toUnsignedLong(b.getInt(e + 12));
        out.add(slice(file, offset, size));
      }
    } else {
      for (int p = 8; p + 8 <= file.length; ) {
        int length = b.getInt(p + 4);
        out.add(java.util.Arrays.copyOfRange(file, p, p + 4));
        out.add(slice(file, p + 8, length - 8));
        p += length;
      }
    }
    return out;
  }

  @Override
  public byte[] write(List<BufferedImage> images, double dpi, boolean smallest) {
    return IconEncoder.encode(format, images);
  }

  private static String ico(byte[] file) {
    if (file.length < 6) {
      return "not an ICO";
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int n = Short.toUnsignedInt(b.getShort(4));
    if (b.getShort(0) != 0 || b.getShort(2) != 1 || n == 0 || n > 256
        || file.length < 6 + 16L * n) {
      return "not an ICO directory as logokit writes one";
    }
    long next = 6 + 16L * n; // entries follow the directory in its order, back to back
    for (int i = 0; i < n; i++) {
      long size = Integer.toUnsignedLong(b.getInt(6 + 16 * i + 8));
      long offset = Integer.toUnsignedLong(b.getInt(6 + 16 * i + 12));
      if (offset != next || size > file.length - offset) {
        return "ICO entry " + (i + 1) + " is not where logokit puts it";
      }
      String p = PngChunks.problem(slice(file, offset, size));
      if (p != null) {
        return "ICO entry " + (i + 1) + ": " + p;
      }
      next = offset + size;
    }
    return next == file.length ? null : (file.length - next) + " bytes after the last ICO entry";
  }

  private static String icns(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file);
    if (file.length < 8 || !new String(file, 0, 4, StandardCharsets.ISO_8859_1).equals("icns")
        || b.getInt(4) != file.length) {
      return "not an ICNS as logokit writes one";
    }
    int i = 0;
    for (long p = 8; p < file.length; i++) {
      if (file.length - p < 8) {
        return "truncated ICNS entry";
      }
      String type = new String(file, (int) p, 4, StandardCharsets.ISO_8859_1);
      long length = Integer.toUnsignedLong(b.getInt((int) p + 4));
      if (!ICNS_TYPES.contains(type)) {
        return "an ICNS entry logokit does not write: " + shown(type);
      }
      if (length < 8 || length > file.length - p) {
        return "ICNS entry " + (i + 1) + " overruns the file";
      }
      String problem = PngChunks.problem(slice(file, p + 8, length - 8));
      if (problem != null) {
        return "ICNS entry " + (i + 1) + ": " + problem;
      }
      p += length;
    }
    return null;
  }

  private static byte[] slice(byte[] file, long offset, long size) {
    return java.util.Arrays.copyOfRange(file, (int) offset, (int) (offset + size));
  }

  /** A type as four printable characters, whatever the file holds. */
  private static String shown(String type) {
    StringBuilder sb = new StringBuilder();
    for (char c : type.toCharArray()) {
      sb.append(c >= 0x21 && c < 0x7f && c != ':' ? c : '?');
    }
    return sb.toString();
  }
}
