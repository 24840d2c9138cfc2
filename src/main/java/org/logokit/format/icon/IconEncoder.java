package org.logokit.format.icon;

import org.logokit.format.png.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.logokit.format.Format;

/**
 * Multi-size icon files: a Windows/web {@code .ico} and a macOS {@code .icns}, each entry a PNG
 * (8-bit RGBA) from {@link PngFile}, so that an icon's bytes come from the same bundled
 * deflater as every other output, on every machine.
 *
 * <p>The containers are written here, laid out as TwelveMonkeys' writers lay them out (logokit
 * used those until its bytes had to be the same everywhere): their PNG entries go through the
 * JDK's PNG writer and so the machine's zlib, and neither takes another encoder. Both formats are
 * a directory and the entries, nothing more. TwelveMonkeys still reads them back in
 * {@code verify}.
 */
public final class IconEncoder {
  /** The ICNS types of PNG entries by size: {@code ic10} is 512@2x, drawn at 1024 px. */
  private static final Map<Integer, String> ICNS_TYPES = Map.of(16, "icp4", 32, "icp5",
      64, "icp6", 128, "ic07", 256, "ic08", 512, "ic09", 1024, "ic10");

  private IconEncoder() {}

  /**
   * @param format {@link Format#ICO} or {@link Format#ICNS}
   * @param images one per entry, smallest first, each square
   * @throws IllegalArgumentException for a size the format cannot hold (ICO: 1 to 256 px;
   *     ICNS: 16, 32, 64, 128, 256, 512 or 1024 px)
   */
  public static byte[] encode(Format format, List<BufferedImage> images) {
    List<byte[]> entries = new ArrayList<>();
    for (BufferedImage image : images) {
      if (image.getWidth() != image.getHeight()) {
        throw new IllegalArgumentException("icon entries are square, not " + image.getWidth()
            + "x" + image.getHeight());
      }
      entries.add(PngEncoder.iconEntry(image));
    }
    return format == Format.ICO ? ico(images, entries) : icns(images, entries);
  }

  /** ICONDIR, one ICONDIRENTRY per image (256 written as 0), then the PNGs in order. */
  private static byte[] ico(List<BufferedImage> images, List<byte[]> entries) {
    int offset = 6 + 16 * images.size();
    ByteBuffer dir = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
    dir.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
    for (int i = 0; i < images.size(); i++) {
      int side = images.get(i).getWidth();
      if (side < 1 || side > 256) {
        throw new IllegalArgumentException("an ICO entry is 1 to 256 px, not " + side);
      }
      dir.put((byte) (side & 0xff)).put((byte) (side & 0xff)) // 256 -> 0
          .put((byte) 0).put((byte) 0) // no palette, reserved
          .putShort((short) 1).putShort((short) 32) // planes, bits per pixel
          .putInt(entries.get(i).length).putInt(offset);
      offset += entries.get(i).length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
    out.writeBytes(dir.array());
    entries.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** "icns" and the file's length, then each entry as its type, its length and its PNG. */
  private static byte[] icns(List<BufferedImage> images, List<byte[]> entries) {
    int total = 8;
    for (byte[] e : entries) {
      total = Math.addExact(total, 8 + e.length);
    }
    ByteBuffer out = ByteBuffer.allocate(total); // big-endian, as ICNS is
    out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
    for (int i = 0; i < images.size(); i++) {
      String type = ICNS_TYPES.get(images.get(i).getWidth());
      if (type == null) {
        throw new IllegalArgumentException("an ICNS entry is 16, 32, 64, 128, 256, 512 or "
            + "1024 px, not " + images.get(i).getWidth());
      }
      out.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(8 + entries.get(i).length)
          .put(entries.get(i));
    }
    return out.array();
  }
}
