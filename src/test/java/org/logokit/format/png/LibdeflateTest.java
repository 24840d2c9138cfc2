package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.logokit.format.EncoderUnavailableException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.logokit.text.Sha256;

/**
 * The bundled deflater and its identity check: the probe must tell libdeflate releases apart,
 * which a synthetic buffer did not, and every platform the jar carries is one logokit names.
 */
class LibdeflateTest {
  @Test
  void theBundledDeflaterGivesTheIdentityDigestAndRealZlibStreams() {
    Libdeflate lib = Libdeflate.get();
    assertEquals(Libdeflate.IDENTITY, Libdeflate.digest(d -> lib.zlib(d, Libdeflate.LEVEL)));
    for (byte[] sample : Libdeflate.samples()) {
      assertArrayEquals(sample, PngFileTest.inflate(lib.zlib(sample, Libdeflate.LEVEL)));
      assertArrayEquals(sample, PngFileTest.inflate(lib.zlib(sample, Libdeflate.SMALLEST_LEVEL)));
    }
  }

  /**
   * The probe's samples are real PNG rows of several sizes: each a whole number of rows of
   * one filter byte and the pixels.
   */
  @Test
  void theProbeIsRowsOfSeveralSizes() {
    List<byte[]> samples = Libdeflate.samples();
    Set<Integer> lengths = new TreeSet<>();
    samples.forEach(s -> lengths.add(s.length));
    assertTrue(samples.size() >= 5 && lengths.size() >= 4, lengths.toString());
    // 16 px palette rows (17 bytes), 32 and 64 px RGBA rows (129, 257 bytes), 128 px palette
    for (byte[] s : samples) {
      int row = s.length == 272 ? 17 : s.length == 4128 ? 129 : s.length == 16448 ? 257 : 129;
      assertEquals(0, s.length % row, "length " + s.length);
      for (int i = 0; i < s.length; i += row) {
        assertEquals(0, s[i], "a filter byte at " + i);
      }
    }
  }

  /**
   * Debian 12's libdeflate 1.14 (its level-6 streams of the probe, recorded with it) compresses
   * one of the 16 px samples differently, so it is refused; Debian 13's 1.23 gave the bundled
   * build's digest when the probe was made.
   */
  @Test
  void libdeflate114IsToldApartAndRefused() throws IOException {
    List<byte[]> streams = streams("deflate-probe-libdeflate-1.14.bin");
    List<byte[]> samples = Libdeflate.samples();
    assertEquals(samples.size(), streams.size());
    for (int i = 0; i < samples.size(); i++) {
      assertArrayEquals(samples.get(i), PngFileTest.inflate(streams.get(i)),
          "1.14's stream of sample " + i + " is a valid one");
    }
    Iterator<byte[]> recorded = streams.iterator();
    String digest = Libdeflate.digest(sample -> recorded.next());
    assertNotEquals(Libdeflate.IDENTITY, digest);
    EncoderUnavailableException e = assertThrows(EncoderUnavailableException.class,
        () -> Libdeflate.requireIdentity(digest));
    assertTrue(e.getMessage().contains("compresses differently"), e.getMessage());
    assertTrue(e.getMessage().contains(Libdeflate.platform()), e.getMessage());
  }

  /** Why the probe is made of real rows: the old 64 KiB synthetic buffer's digest. */
  @Test
  void aSyntheticBufferDoesNotTellReleasesApart() {
    byte[] data = new byte[64 * 1024];
    int x = 12345;
    for (int i = 0; i < data.length; i++) {
      x = x * 1103515245 + 12345;
      data[i] = (byte) ((i / 97) % 3 == 0 ? (x >>> 16) & 7 : i % 251);
    }
    // What libdeflate 1.14 gave, and the old identity check accepted: the bundled build
    // (libdeflate 1.23's bytes) gives the very same.
    assertEquals("5bed0e3181776fb79acff97645a007e339964290d8d6ac1aeef0e4006348c6e4",
        Sha256.hex(Libdeflate.get().zlib(data, Libdeflate.LEVEL)));
  }

  /**
   * Every native build in the jlibdeflate jar is a platform the refusal message names; a new one
   * in an upgrade is noticed here, and must be tried before it is named.
   */
  @Test
  void everyPlatformTheJarCarriesIsNamed() throws IOException, URISyntaxException {
    Path jar = Path.of(com.fulcrumgenomics.jlibdeflate.LibdeflateCompressor.class
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> platforms = new TreeSet<>();
    try (JarFile j = new JarFile(jar.toFile())) {
      j.stream().map(e -> e.getName().split("/")).filter(p -> p.length == 3
          && p[0].equals("native") && !p[2].isEmpty()).forEach(p -> platforms.add(p[1]));
    }
    assertEquals(Set.of("linux-x86_64", "linux-aarch64", "osx-x86_64", "osx-aarch64",
        "windows-x86_64"), platforms);
  }

  private static List<byte[]> streams(String resource) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (InputStream in = LibdeflateTest.class.getResourceAsStream(resource)) {
      DataInputStream data = new DataInputStream(in);
      while (data.available() > 0) {
        byte[] s = new byte[data.readInt()];
        data.readFully(s);
        out.add(s);
      }
    }
    return out;
  }
}
