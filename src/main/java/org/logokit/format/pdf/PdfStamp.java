package org.logokit.format.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes FOP's PDF bytes a function of the drawing alone, as logokit's PNGs are. FOP always writes
 * the time as {@code /CreationDate} in the document information, and a file {@code /ID} that is a
 * digest of the time. The date is blanked (overwritten with spaces, which a dictionary may hold,
 * so that every byte offset in the cross-reference table stays right) and the ID becomes the
 * first 16 bytes of the SHA-256 of the file with its ID blanked, as the PDF specification allows
 * ("computed from the contents").
 */
final class PdfStamp {
  private static final byte[] DATE = "/CreationDate (".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MOD_DATE = "/ModDate (".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ID = "/ID [<".getBytes(StandardCharsets.US_ASCII);

  private PdfStamp() {}

  static byte[] reproducible(byte[] pdf) {
    byte[] out = pdf.clone();
    blankEntry(out, DATE);
    blankEntry(out, MOD_DATE);
    int id = lastIndexOf(out, ID); // in the trailer, after everything else
    if (id < 0) {
      return out;
    }
    // Two IDs of 32 hex digits each: [<first> <second>]
    int first = id + ID.length;
    int second = indexOf(out, "<".getBytes(StandardCharsets.US_ASCII), first) + 1;
    if (second <= 0 || second + 32 >= out.length || out[first + 32] != '>' || out[second + 32] != '>') {
      throw new IllegalStateException("FOP's file ID is not two 16-byte strings");
    }
    java.util.Arrays.fill(out, first, first + 32, (byte) '0');
    java.util.Arrays.fill(out, second, second + 32, (byte) '0');
    byte[] hex = HexFormat.of().withUpperCase().formatHex(sha256(out), 0, 16)
        .getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(hex, 0, out, first, 32);
    System.arraycopy(hex, 0, out, second, 32);
    return out;
  }

  /**
   * Overwrites the first {@code /Key (value)} with spaces; the value is a date, with no parens.
   * The information dictionary is written before the compressed page content.
   */
  private static void blankEntry(byte[] pdf, byte[] key) {
    int at = indexOf(pdf, key, 0);
    if (at < 0) {
      return;
    }
    int end = at + key.length;
    while (end < pdf.length && pdf[end] != ')') {
      end++;
    }
    java.util.Arrays.fill(pdf, at, Math.min(end + 1, pdf.length), (byte) ' ');
  }

  private static int lastIndexOf(byte[] hay, byte[] needle) {
    int found = -1;
    for (int at = indexOf(hay, needle, 0); at >= 0; at = indexOf(hay, needle, at + 1)) {
      found = at;
    }
    return found;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
