package org.logokit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Image files a pull request could commit, made by hand so that the tests need no large files:
 * valid PNGs, TIFFs, ICOs and ICNSs whose headers say what the attacker wants. An image of
 * zeros deflates about 1000 to 1, so an 8192 x 8192 RGBA PNG is some 260 KB.
 */
public final class HostileImages {
  private HostileImages() {}

  /** A valid 8-bit RGBA PNG, {@code width} x {@code height}, every pixel transparent black. */
  public static byte[] blankPng(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put(new byte[] {8, 6, 0, 0, 0}).array());
    chunk(out, "IDAT", zlibOfZeros((long) height * (1 + 4L * width))); // filter 0 per row
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** {@code png} with {@code n} small tEXt chunks after its IHDR, each kept by the JDK's reader. */
  public static byte[] withTextChunks(byte[] png, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, 33); // the signature and IHDR
    for (int i = 0; i < n; i++) {
      chunk(out, "tEXt", new byte[] {'a', 0});
    }
    out.write(png, 33, png.length - 33);
    return out.toByteArray();
  }

  /** An ICO of PNG entries whose directory says each is {@code claimed} px (256 written as 0). */
  public static byte[] ico(List<byte[]> pngs, List<Integer> claimed) {
    int offset = 6 + 16 * pngs.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer dir = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
    dir.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
    for (int i = 0; i < pngs.size(); i++) {
      byte side = (byte) (int) claimed.get(i);
      dir.put(side).put(side).put((byte) 0).put((byte) 0).putShort((short) 1)
          .putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
      offset += pngs.get(i).length;
    }
    out.writeBytes(dir.array());
    pngs.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** An ICNS of PNG entries, each under the type given at the same index. */
  public static byte[] icns(List<String> types, List<byte[]> pngs) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < pngs.size(); i++) {
      body.writeBytes(types.get(i).getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(ByteBuffer.allocate(4).putInt(8 + pngs.get(i).length).array());
      body.writeBytes(pngs.get(i));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  /**
   * A little-endian TIFF as logokit writes one (RGBA, resolution tags at {@code dpi}), but of
   * {@code ifds} images, {@code side} x {@code side}, every one of whose IFDs points at the same
   * single Deflate strip of zeros: the strip is stored once, and decoded once per IFD.
   */
  public static byte[] tiffSharingOneStrip(int ifds, int side, int dpi) {
    byte[] strip = zlibOfZeros(4L * side * side);
    int bits = 8 + strip.length + (strip.length & 1); // BitsPerSample's 4 values, word-aligned
    int resolution = bits + 8;
    int first = resolution + 8;
    int entries = 13;
    int ifdSize = 2 + 12 * entries + 4;
    ByteBuffer b = ByteBuffer.allocate(first + ifds * ifdSize).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(first);
    b.put(strip);
    b.position(bits);
    b.putShort((short) 8).putShort((short) 8).putShort((short) 8).putShort((short) 8);
    b.putInt(dpi * 100).putInt(100);
    for (int i = 0; i < ifds; i++) {
      b.position(first + i * ifdSize);
      b.putShort((short) entries);
      entry(b, 256, 4, side); // ImageWidth, LONG
      entry(b, 257, 4, side); // ImageLength
      b.putShort((short) 258).putShort((short) 3).putInt(4).putInt(bits); // BitsPerSample
      entry(b, 259, 3, 8); // Compression: Deflate
      entry(b, 262, 3, 2); // PhotometricInterpretation: RGB
      entry(b, 273, 4, 8); // StripOffsets
      entry(b, 277, 3, 4); // SamplesPerPixel
      entry(b, 278, 4, side); // RowsPerStrip
      entry(b, 279, 4, strip.length); // StripByteCounts
      b.putShort((short) 282).putShort((short) 5).putInt(1).putInt(resolution); // XResolution
      b.putShort((short) 283).putShort((short) 5).putInt(1).putInt(resolution); // YResolution
      entry(b, 296, 3, 2); // ResolutionUnit: inch
      entry(b, 338, 3, 2); // ExtraSamples: unassociated alpha
      b.putInt(i + 1 < ifds ? first + (i + 1) * ifdSize : 0);
    }
    return b.array();
  }

  /**
   * A one-pixel-wide grey TIFF {@code height} rows tall in {@code tile} x {@code tile} tiles,
   * every tile's offset pointing at one Deflate stream of a whole tile of zeros: the image is
   * small, each tile within the budget, and the decoder makes every tile whole.
   */
  public static byte[] tiledSharingOneTile(int height, int tile) {
    byte[] data = zlibOfZeros((long) tile * tile);
    int tiles = (height + tile - 1) / tile;
    int offsets = 8 + data.length + (data.length & 1);
    int counts = offsets + 4 * tiles;
    int first = counts + 4 * tiles;
    int entries = 9;
    ByteBuffer b = ByteBuffer.allocate(first + 2 + 12 * entries + 4)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(first);
    b.put(data);
    b.position(offsets);
    for (int i = 0; i < tiles; i++) {
      b.putInt(8);
    }
    for (int i = 0; i < tiles; i++) {
      b.putInt(data.length);
    }
    b.putShort((short) entries);
    entry(b, 256, 4, 1); // ImageWidth
    entry(b, 257, 4, height); // ImageLength
    entry(b, 258, 3, 8); // BitsPerSample
    entry(b, 259, 3, 8); // Compression: Deflate
    entry(b, 262, 3, 1); // PhotometricInterpretation: black is zero
    entry(b, 322, 4, tile); // TileWidth
    entry(b, 323, 4, tile); // TileLength
    b.putShort((short) 324).putShort((short) 4).putInt(tiles).putInt(tiles == 1 ? 8 : offsets);
    b.putShort((short) 325).putShort((short) 4).putInt(tiles)
        .putInt(tiles == 1 ? data.length : counts);
    b.putInt(0);
    return b.array();
  }

  /**
   * A grey Deflate TIFF in strips of {@code rowsPerStrip} rows, each its own stream of zeros,
   * the last one only the rows that are left: a legitimate file, at any size.
   */
  public static byte[] stripTiff(int width, int height, int rowsPerStrip) {
    int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
    List<byte[]> data = new java.util.ArrayList<>();
    int at = 8;
    int[] offsets = new int[strips];
    for (int i = 0; i < strips; i++) {
      int rows = Math.min(rowsPerStrip, height - i * rowsPerStrip);
      data.add(zlibOfZeros((long) rows * width));
      offsets[i] = at;
      at += data.get(i).length;
    }
    at += at & 1;
    int offsetTable = at;
    int countTable = offsetTable + 4 * strips;
    int first = countTable + 4 * strips;
    int entries = 8;
    ByteBuffer b = ByteBuffer.allocate(first + 2 + 12 * entries + 4)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(first);
    data.forEach(b::put);
    b.position(offsetTable);
    for (int o : offsets) {
      b.putInt(o);
    }
    for (byte[] d : data) {
      b.putInt(d.length);
    }
    b.putShort((short) entries);
    entry(b, 256, 4, width);
    entry(b, 257, 4, height);
    entry(b, 258, 3, 8);
    entry(b, 259, 3, 8);
    entry(b, 262, 3, 1);
    b.putShort((short) 273).putShort((short) 4).putInt(strips)
        .putInt(strips == 1 ? offsets[0] : offsetTable);
    entry(b, 278, 4, rowsPerStrip);
    b.putShort((short) 279).putShort((short) 4).putInt(strips)
        .putInt(strips == 1 ? data.get(0).length : countTable);
    b.putInt(0);
    return b.array();
  }

  /** One IFD entry of one SHORT (3) or LONG (4) value. */
  private static void entry(ByteBuffer b, int tag, int type, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(1);
    if (type == 3) {
      b.putShort((short) value).putShort((short) 0);
    } else {
      b.putInt(value);
    }
  }

  /**
   * A zlib stream of {@code n} zero bytes, in milliseconds: one mebibyte of zeros deflated with
   * a full flush (which resets the compressor, so the block is the same every time) repeated,
   * then the rest, then the Adler-32 of n zeros, which is {@code (n mod 65521) << 16 | 1}.
   */
  static byte[] zlibOfZeros(long n) {
    int mib = 1 << 20;
    byte[] block = rawDeflate(mib, false);
    byte[] last = rawDeflate((int) (n % mib), true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x78);
    out.write(0xda);
    for (long i = 0; i < n / mib; i++) {
      out.writeBytes(block);
    }
    out.writeBytes(last);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) ((n % 65521) << 16 | 1)).array());
    return out.toByteArray();
  }

  /** Raw deflate of zeros: the final block when {@code last}, else blocks and a full flush. */
  private static byte[] rawDeflate(int zeros, boolean last) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(new byte[zeros]);
    if (last) {
      d.finish();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
      out.write(buf, 0, n);
    } while (last ? !d.finished() : n == buf.length);
    d.end();
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
