package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.logokit.TestFiles;

class ZopfliPassTest {

  /** PNGs Inkscape made for the XSF: RGBA, with pHYs and a tEXt chunk. */
  private static byte[] published(String name) throws Exception {
    String master = name.substring(0, name.lastIndexOf('-'));
    return Files.readAllBytes(TestFiles.PUBLISHED.resolve(master).resolve(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xmpp_logo-128px.png", "xmpp_black_logo-256px.png",
      "xmpp_logo_(without_text)-16px.png"})
  void shrinksRealPngsLosslesslyKeepingEveryOtherChunk(String name) throws Exception {
    byte[] png = published(name);
    byte[] smaller = new ZopfliPass().apply(png);

    assertTrue(smaller.length < png.length, smaller.length + " >= " + png.length);
    assertEquals(withoutData(chunks(png)), withoutData(chunks(smaller)));
    assertSamePixels(TestFiles.decode(png), TestFiles.decode(smaller));
    assertArrayEquals(smaller, new ZopfliPass().apply(png), "same input, same bytes");
  }

  @Test
  void shrinksWhatLevel6Writes() throws Exception {
    byte[] zlib9 = PngFile.argb(argb(TestFiles.decode(published("xmpp_logo-256px.png"))), 3779,
        Libdeflate.LEVEL);
    byte[] zopfli = new ZopfliPass().apply(zlib9);
    assertTrue(zopfli.length < zlib9.length, zopfli.length + " >= " + zlib9.length);
    assertSamePixels(TestFiles.decode(zlib9), TestFiles.decode(zopfli));
  }

  @Test
  void aStreamThatDoesNotInflateToTheSameRowsIsThrownAway() throws Exception {
    byte[] png = published("xmpp_logo-128px.png");
    // Valid zlib, a fraction of the size, but of other rows: the port's known failure mode.
    ZopfliPass wrongRows = new ZopfliPass(rows -> zlib(Arrays.copyOf(rows, rows.length / 2)));
    assertSame(png, wrongRows.apply(png));
    ZopfliPass truncated = new ZopfliPass(rows -> Arrays.copyOf(zlib(rows), 100));
    assertSame(png, truncated.apply(png));
    ZopfliPass badChecksum = new ZopfliPass(rows -> {
      byte[] z = zlib(rows);
      z[z.length - 1] ^= 1;
      return z;
    });
    assertSame(png, badChecksum.apply(png));
    ZopfliPass throwing = new ZopfliPass(rows -> {
      throw new ArrayIndexOutOfBoundsException(rows.length);
    });
    assertSame(png, throwing.apply(png));
  }

  @Test
  void aLargerStreamIsNotUsed() throws Exception {
    byte[] png = published("xmpp_logo-128px.png");
    assertSame(png, new ZopfliPass(rows -> zlibStored(rows)).apply(png));
  }

  @Test
  void printSizesAreLeftToZlib() throws Exception {
    byte[] png = published("xmpp_logo-1024px.png"); // 4 MiB of RGBA pixels
    ZopfliPass mustNotRun = new ZopfliPass(rows -> {
      throw new AssertionError("Zopfli ran on " + rows.length + " bytes");
    });
    assertSame(png, mustNotRun.apply(png));
  }

  private static BufferedImage argb(BufferedImage image) {
    return PngEncoder.asArgb(image);
  }

  private static byte[] zlib(byte[] data) {
    return deflate(data, Deflater.BEST_COMPRESSION);
  }

  private static byte[] zlibStored(byte[] data) {
    return deflate(data, Deflater.NO_COMPRESSION);
  }

  private static byte[] deflate(byte[] data, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(level))) {
      z.write(data);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  /** Each chunk as its type followed by its data in hex, in file order. */
  private static List<String> chunks(byte[] png) {
    List<String> out = new ArrayList<>();
    for (int i = 8; i < png.length; ) {
      int len = ByteBuffer.wrap(png, i, 4).getInt();
      String type = new String(png, i + 4, 4, StandardCharsets.US_ASCII);
      StringBuilder data = new StringBuilder(type).append(':');
      for (int k = 0; k < len; k++) {
        data.append(String.format("%02x", png[i + 8 + k]));
      }
      out.add(data.toString());
      i += 12 + len;
    }
    return out;
  }

  /** The chunk list with the image data left out and its IDATs counted as one. */
  private static List<String> withoutData(List<String> chunks) {
    List<String> out = new ArrayList<>();
    for (String c : chunks) {
      String entry = c.startsWith("IDAT") ? "IDAT" : c;
      if (!(entry.equals("IDAT") && !out.isEmpty() && out.get(out.size() - 1).equals("IDAT"))) {
        out.add(entry);
      }
    }
    return out;
  }

  private static void assertSamePixels(BufferedImage a, BufferedImage b) {
    assertEquals(a.getWidth(), b.getWidth());
    assertEquals(a.getHeight(), b.getHeight());
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        assertEquals(a.getRGB(x, y), b.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }
}
