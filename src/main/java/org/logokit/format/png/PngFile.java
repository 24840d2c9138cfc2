package org.logokit.format.png;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The PNG container around libdeflate: IHDR, PLTE and tRNS for palette images, pHYs, one IDAT,
 * IEND; nothing time-dependent.
 *
 * <p>Written here because no PNG library takes another deflater (pngencoder and the JDK's writer
 * both stream through the JDK's zlib, whose bytes depend on the machine). Rows are unfiltered
 * (filter type 0): every PNG row filter made the kit's files larger, flat-colour logos being
 * what they are. The rows are made in native memory and deflated there in one call.
 */
final class PngFile {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

  private PngFile() {}

  /** An 8-bit palette image (from {@link ExactPalette}), deflated at {@code level}. */
  static byte[] palette(BufferedImage image, int pixelsPerMeter, int level) {
    IndexColorModel model = (IndexColorModel) image.getColorModel();
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] indices = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int n = model.getMapSize();
    byte[] plte = new byte[n * 3];
    byte[] alpha = new byte[n];
    int alphas = 0; // tRNS may stop at the last entry that is not opaque
    for (int i = 0; i < n; i++) {
      plte[3 * i] = (byte) model.getRed(i);
      plte[3 * i + 1] = (byte) model.getGreen(i);
      plte[3 * i + 2] = (byte) model.getBlue(i);
      alpha[i] = (byte) model.getAlpha(i);
      if (model.getAlpha(i) != 255) {
        alphas = i + 1;
      }
    }
    byte[] idat;
    try (Arena arena = Arena.ofConfined()) {
      long rowBytes = 1L + w;
      MemorySegment raw = NativeScratch.get(NativeScratch.Slot.ROWS, rowBytes * h, arena);
      for (int y = 0; y < h; y++) {
        raw.set(ValueLayout.JAVA_BYTE, y * rowBytes, (byte) 0); // filter type 0: none
        MemorySegment.copy(indices, y * w, raw, ValueLayout.JAVA_BYTE, y * rowBytes + 1, w);
      }
      idat = Libdeflate.get().zlib(raw, rowBytes * h, level);
    }
    Chunks out = new Chunks(w, h, 3);
    out.add("PLTE", plte);
    if (alphas > 0) {
      out.add("tRNS", java.util.Arrays.copyOf(alpha, alphas));
    }
    return out.finish(pixelsPerMeter, idat);
  }

  /**
   * A {@code TYPE_INT_ARGB} image as 8-bit RGBA, or RGB when every pixel is opaque (a quarter
   * fewer bytes to deflate and store), deflated at {@code level}.
   */
  static byte[] argb(BufferedImage image, int pixelsPerMeter, int level) {
    boolean opaque = true;
    for (int p : pixels(image)) {
      if (p >>> 24 != 255) {
        opaque = false;
        break;
      }
    }
    byte[] idat = deflatedRows(image, opaque ? 3 : 4, level);
    return new Chunks(image.getWidth(), image.getHeight(), opaque ? 2 : 6)
        .finish(pixelsPerMeter, idat);
  }

  /** A {@code TYPE_INT_ARGB} image as 8-bit RGBA, opaque or not, deflated at {@code level}. */
  static byte[] rgba(BufferedImage image, int pixelsPerMeter, int level) {
    byte[] idat = deflatedRows(image, 4, level);
    return new Chunks(image.getWidth(), image.getHeight(), 6).finish(pixelsPerMeter, idat);
  }

  /**
   * An icon file's entry: 8-bit RGBA always, and no pHYs, as ICO and ICNS readers expect of
   * their PNG entries.
   */
  static byte[] iconEntry(BufferedImage image) {
    byte[] idat = deflatedRows(image, 4, Libdeflate.LEVEL);
    return new Chunks(image.getWidth(), image.getHeight(), 6).finish(idat);
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  /**
   * The unfiltered rows of a {@code TYPE_INT_ARGB} image, RGB or RGBA, made in native memory
   * and deflated there.
   */
  private static byte[] deflatedRows(BufferedImage image, int channels, int level) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = pixels(image);
    try (Arena arena = Arena.ofConfined()) {
      long rowBytes = 1L + (long) w * channels;
      MemorySegment raw = NativeScratch.get(NativeScratch.Slot.ROWS, rowBytes * h, arena);
      byte[] row = new byte[Math.toIntExact(rowBytes)]; // row[0] = filter type 0
      for (int y = 0; y < h; y++) {
        int o = 1;
        for (int x = y * w, end = x + w; x < end; x++) {
          int p = pixels[x] >>> 24 == 0 ? 0 : pixels[x]; // one colour for all that is unseen
          row[o++] = (byte) (p >> 16);
          row[o++] = (byte) (p >> 8);
          row[o++] = (byte) p;
          if (channels == 4) {
            row[o++] = (byte) (p >>> 24);
          }
        }
        MemorySegment.copy(row, 0, raw, ValueLayout.JAVA_BYTE, y * rowBytes, row.length);
      }
      return Libdeflate.get().zlib(raw, rowBytes * h, level);
    }
  }

  /** Chunks in order, each with its length and CRC. */
  private static final class Chunks {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Chunks(int width, int height, int colourType) {
      out.writeBytes(SIGNATURE);
      add("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
          .put((byte) 8).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0)
          .array());
    }

    void add(String type, byte[] data) {
      byte[] name = type.getBytes(StandardCharsets.US_ASCII);
      CRC32 crc = new CRC32();
      crc.update(name);
      crc.update(data);
      out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
      out.writeBytes(name);
      out.writeBytes(data);
      out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    byte[] finish(int pixelsPerMeter, byte[] idat) {
      add("pHYs", ByteBuffer.allocate(9).putInt(pixelsPerMeter).putInt(pixelsPerMeter)
          .put((byte) 1).array());
      return finish(idat);
    }

    byte[] finish(byte[] idat) {
      add("IDAT", idat);
      add("IEND", new byte[0]);
      return out.toByteArray();
    }
  }
}
