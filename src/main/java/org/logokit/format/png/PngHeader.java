package org.logokit.format.png;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A PNG's size and pHYs, read from its first bytes without decoding: enough for {@code check}
 * and a no-op {@code render} to see whether a manifest record tells the truth about a file,
 * at the cost of a few hundred bytes and no image library.
 *
 * @param pixelsPerMeterX pHYs x, or -1 when there is no pHYs in metres before the image data;
 *     read unsigned, as the file holds it (over {@link Integer#MAX_VALUE} is not a valid PNG)
 */
public record PngHeader(int width, int height, long pixelsPerMeterX, long pixelsPerMeterY) {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  /** The header, or {@code null} when {@code head} does not start as a PNG does. */
  public static PngHeader parse(byte[] head) {
    if (head.length < 33) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(head);
    for (byte s : SIGNATURE) {
      if (b.get() != s) {
        return null;
      }
    }
    if (b.getInt() != 13 || !type(b).equals("IHDR")) {
      return null;
    }
    int width = b.getInt();
    int height = b.getInt();
    b.position(b.position() + 5 + 4); // depth, colour type, methods; CRC
    long ppmX = -1;
    long ppmY = -1;
    while (b.remaining() >= 8) {
      int length = b.getInt();
      String type = type(b);
      if (type.equals("IDAT") || length < 0 || length > b.remaining() - 4) {
        break;
      }
      if (type.equals("pHYs") && length == 9) {
        long x = Integer.toUnsignedLong(b.getInt());
        long y = Integer.toUnsignedLong(b.getInt());
        if (b.get() == 1) {
          ppmX = x;
          ppmY = y;
        }
        b.position(b.position() + 4);
      } else {
        b.position(b.position() + length + 4);
      }
    }
    return new PngHeader(width, height, ppmX, ppmY);
  }

  private static String type(ByteBuffer b) {
    byte[] t = new byte[4];
    b.get(t);
    return new String(t, StandardCharsets.ISO_8859_1);
  }
}
