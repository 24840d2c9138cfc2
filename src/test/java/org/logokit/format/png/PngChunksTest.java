package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** What may be in a PNG that is to pass as logokit's, whatever decoders make of the rest. */
class PngChunksTest {
  static byte[] png(int argb) {
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
    for (int i = 0; i < 64; i++) {
      img.setRGB(i % 8, i / 8, i % 3 == 0 ? argb : 0xff000000 | i * 4);
    }
    return PngEncoder.encode(img, 3779);
  }

  static byte[] chunk(String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(type.getBytes(StandardCharsets.US_ASCII));
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length).putInt(data.length)
        .put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue())
        .array();
  }

  /** {@code extra} spliced in at {@code at} bytes from the end. */
  static byte[] insert(byte[] png, int fromEnd, byte[] extra) {
    int at = png.length - fromEnd;
    byte[] out = new byte[png.length + extra.length];
    System.arraycopy(png, 0, out, 0, at);
    System.arraycopy(extra, 0, out, at, extra.length);
    System.arraycopy(png, at, out, at + extra.length, fromEnd);
    return out;
  }

  @Test
  void logokitsOwnPngsPass() {
    assertNull(PngChunks.problem(png(0x80ff0000)), "RGBA");
    assertNull(PngChunks.problem(png(0xff00ff00)), "RGB");
    BufferedImage one = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
    assertNull(PngChunks.problem(PngEncoder.encode(one, 3779)), "palette with tRNS");
  }

  @Test
  void anythingElseIsNamed() {
    byte[] png = png(0x80ff0000);
    assertEquals("a chunk logokit does not write: tEXt", PngChunks.problem(insert(png, 12,
        chunk("tEXt", "Comment\0hi".getBytes(StandardCharsets.ISO_8859_1)))));
    assertEquals("a chunk logokit does not write: acTL", PngChunks.problem(insert(png, 12,
        chunk("acTL", new byte[8]))));
    assertEquals("100 bytes after IEND", PngChunks.problem(insert(png, 0, new byte[100])));
    assertEquals("chunks out of logokit's order: pHYs after IDAT", PngChunks.problem(
        insert(png, 12, chunk("pHYs", new byte[9]))));
    byte[] badCrc = png.clone();
    badCrc[badCrc.length - 20] ^= 1; // inside the IDAT
    assertEquals("a IDAT chunk with a wrong CRC", PngChunks.problem(badCrc));
    assertEquals("truncated: no IEND", PngChunks.problem(java.util.Arrays.copyOf(png,
        png.length - 12)));
    assertEquals("not a PNG", PngChunks.problem(new byte[40]));
  }

  /** Found by the PNG reader's fuzzer: a chunk type's bytes never reach a message as they are. */
  @Test
  void aChunkTypeOfColonsIsShownEscaped() {
    byte[] colons = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, (byte) 0xd8, 0x49, 0, ':',
        ':', 'E', 'N', 'D', 10, 26, 27, 0};
    assertEquals("truncated in a ??EN chunk", PngChunks.problem(colons));
  }
}
