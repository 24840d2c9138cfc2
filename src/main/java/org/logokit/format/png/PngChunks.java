package org.logokit.format.png;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Whether a PNG is laid out as logokit writes one: {@code IHDR}, then {@code PLTE} and
 * {@code tRNS} for a palette image, {@code pHYs}, the {@code IDAT}s one after the other, and
 * {@code IEND} at the very end, each chunk's CRC right.
 *
 * <p>Why it matters: a decoder such as ImageIO shows the first image of a PNG and skips the
 * chunks it does not know, so equal decoded pixels do not make equal files. An {@code acTL}
 * makes an APNG whose other frames browsers play, a {@code tEXt} or bytes after {@code IEND}
 * can carry anything. A file another encoder made passes the pixel check only when its
 * chunks are of these kinds. Reading is bounded by the file: one pass, no allocation per chunk.
 */
public final class PngChunks {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  /** The chunks logokit writes, in the order it writes them; {@code IDAT} may repeat. */
  private static final List<String> ORDER = List.of("IHDR", "PLTE", "tRNS", "pHYs", "IDAT",
      "IEND");

  private PngChunks() {}

  /**
   * {@code null} when {@code png} is laid out as logokit writes PNGs, else what is not, in a
   * few words: {@code "a chunk logokit does not write: acTL"}.
   */
  public static String problem(byte[] png) {
    if (png.length < SIGNATURE.length + 12
        || !ByteBuffer.wrap(png, 0, SIGNATURE.length).equals(ByteBuffer.wrap(SIGNATURE))) {
      return "not a PNG";
    }
    ByteBuffer b = ByteBuffer.wrap(png);
    b.position(SIGNATURE.length);
    int last = -1; // index in ORDER of the last chunk seen
    while (true) {
      if (b.remaining() < 12) {
        return "truncated: no IEND";
      }
      int length = b.getInt();
      byte[] type = new byte[4];
      b.get(type);
      String name = new String(type, StandardCharsets.ISO_8859_1);
      if (length < 0 || length > b.remaining() - 4) {
        return "truncated in a " + shown(name) + " chunk";
      }
      CRC32 crc = new CRC32();
      crc.update(type);
      crc.update(png, b.position(), length);
      b.position(b.position() + length);
      if ((int) crc.getValue() != b.getInt()) {
        return "a " + shown(name) + " chunk with a wrong CRC";
      }
      int at = ORDER.indexOf(name);
      if (at < 0) {
        return "a chunk logokit does not write: " + shown(name);
      }
      boolean repeatedIdat = name.equals("IDAT") && last == at;
      if (at <= last && !repeatedIdat || last < 0 && at != 0) {
        return "chunks out of logokit's order: " + shown(name) + " after "
            + (last < 0 ? "the signature" : ORDER.get(last));
      }
      if (name.equals("IEND")) {
        return last != ORDER.indexOf("IDAT") ? "no image data before IEND"
            : length != 0 ? "an IEND chunk with data"
            : b.hasRemaining() ? b.remaining() + " bytes after IEND" : null;
      }
      last = at;
    }
  }

  /** A chunk type as four printable characters, whatever the file holds. */
  static String shown(String type) {
    StringBuilder sb = new StringBuilder();
    for (char c : type.toCharArray()) {
      // ':' too: two of them could start a GitHub workflow command in a CI log
      sb.append(c >= 0x21 && c < 0x7f && c != ':' ? c : '?');
    }
    return sb.toString();
  }
}
