package org.logokit.format.png;

import org.logokit.format.EncoderUnavailableException;
import com.fulcrumgenomics.jlibdeflate.LibdeflateCompressor;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * zlib streams from libdeflate 1.25, the build that jlibdeflate 0.1.0 carries inside logokit's
 * jar for linux x64 and aarch64, macOS x64 and aarch64, and windows x64 (loaded through JNI).
 *
 * <p>Why libdeflate: it compresses a whole buffer in one call with a better match finder than
 * zlib's; at level 6 it made the kit's PNGs about 2.5x faster to deflate than the JDK's zlib,
 * and smaller. Why the bundled build and never the system's: libdeflate's output changes between
 * releases (Debian 12's 1.14 and Debian 13's 1.23 give other bytes for 3 of the shipped kit's
 * 154 files), and CI compares the committed kit byte for byte. So one pinned build goes
 * everywhere, and it is checked once per run against known outputs ({@link #IDENTITY}): a build
 * that gives other bytes is refused with a message, never used silently.
 */
public final class Libdeflate {
  /** The deflate level of every PNG: 6 was as small as 9 on the kit's images, at a third of
   * the time. */
  static final int LEVEL = 6;

  /** libdeflate's strongest level, for {@code optimize: true}. */
  static final int SMALLEST_LEVEL = 12;

  /**
   * SHA-256 over the level-6 zlib streams of each sample of {@link #PROBE}, one after the
   * other. The samples are real filtered scanlines of the shipped kit at 16 to 128 px: three of
   * them are ones on which libdeflate 1.14 and 1.23 differ, so the digest tells releases apart
   * (a synthetic 64 KiB buffer gave the same digest on both).
   */
  static final String IDENTITY =
      "9c8349b376af8db3f202784aa0a7a4c2ca7460ba4224da94f8954fd122941fb5";

  /** The probe's samples: each a 4-byte big-endian length, then that many bytes. */
  static final String PROBE = "deflate-probe.bin";

  private static volatile Libdeflate instance;
  private static volatile String problem;

  private Libdeflate() {}

  /**
   * The bundled library, loaded and checked once.
   *
   * @throws EncoderUnavailableException when this platform has none, or it compresses
   *     differently
   */
  public static Libdeflate get() {
    Libdeflate lib = instance;
    if (lib != null) {
      return lib;
    }
    synchronized (Libdeflate.class) {
      if (instance == null && problem == null) {
        try {
          instance = load();
        } catch (EncoderUnavailableException e) {
          problem = e.getMessage();
        }
      }
      if (instance == null) {
        throw new EncoderUnavailableException(problem);
      }
      return instance;
    }
  }

  /**
   * Checks, before any work, that the deflater loads here and gives the bytes the manifest's
   * encoder names.
   *
   * @throws IOException saying what is wrong
   */
  public static void require() throws IOException {
    try {
      get();
    } catch (EncoderUnavailableException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static Libdeflate load() {
    Libdeflate lib = new Libdeflate();
    try {
      lib.zlib(new byte[1], LEVEL); // loads the native library
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      throw new EncoderUnavailableException("logokit's PNG deflater (libdeflate, inside its "
          + "jar) cannot load on " + platform() + ": " + firstLine(e.getMessage()) + " (it is "
          + "built for linux x86_64 and aarch64, macOS x86_64 and aarch64, windows x86_64)");
    }
    requireIdentity(digest(data -> lib.zlib(data, LEVEL)));
    return lib;
  }

  /** Refuses a deflater whose probe digest is not {@link #IDENTITY}. */
  static void requireIdentity(String digest) {
    if (!IDENTITY.equals(digest)) {
      throw new EncoderUnavailableException("logokit's PNG deflater on " + platform()
          + " compresses differently from its build on other platforms (probe digest " + digest
          + "), so its PNGs would not match the ones made on other machines");
    }
  }

  /** The probe's digest through {@code zlib} at level 6: {@link #IDENTITY} for ours. */
  static String digest(UnaryOperator<byte[]> zlib) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (byte[] sample : samples()) {
      sha.update(zlib.apply(sample));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The probe's samples, as {@link #PROBE} holds them. */
  static List<byte[]> samples() {
    List<byte[]> samples = new ArrayList<>();
    try (InputStream in = Libdeflate.class.getResourceAsStream(PROBE)) {
      if (in == null) {
        throw new IllegalStateException(PROBE + " is missing from the jar");
      }
      DataInputStream data = new DataInputStream(in);
      while (data.available() > 0) {
        byte[] sample = new byte[data.readInt()];
        data.readFully(sample);
        samples.add(sample);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + PROBE + " from the jar", e);
    }
    return samples;
  }

  /** {@code data} as a zlib stream at {@code level} (0 to 12). */
  public byte[] zlib(byte[] data, int level) {
    try (Arena arena = Arena.ofConfined()) {
      // Its own memory, not the thread's rows: the first call of all (the identity check)
      // may come while an encoder has its rows in that slot, waiting to be deflated.
      MemorySegment in = arena.allocate(Math.max(1, data.length));
      MemorySegment.copy(data, 0, in, ValueLayout.JAVA_BYTE, 0, data.length);
      return zlib(in, data.length, level);
    }
  }

  /**
   * The first {@code length} bytes of {@code in} (native memory) as a zlib stream at
   * {@code level}. Native memory in and out: the library reads and writes it in place, with no
   * copy through the JNI boundary.
   */
  public byte[] zlib(MemorySegment in, long length, int level) {
    LibdeflateCompressor c = compressor(level);
    try (Arena arena = Arena.ofConfined()) {
      // Only the n bytes the library writes are read back: the room need not be zeroed.
      ByteBuffer out = NativeScratch.get(NativeScratch.Slot.STREAM,
          c.zlibCompressBound(Math.toIntExact(length)), arena).asByteBuffer();
      int n = c.zlibCompress(in.asSlice(0, length).asByteBuffer(), out);
      byte[] bytes = new byte[n];
      out.get(0, bytes);
      return bytes;
    }
  }

  /**
   * This thread's compressor at {@code level}: one allocation of its match-finder tables per
   * encoder thread, not per image. A compressor is not for two threads at once.
   */
  private static LibdeflateCompressor compressor(int level) {
    LibdeflateCompressor[] mine = COMPRESSORS.get();
    if (mine[level] == null) {
      mine[level] = new LibdeflateCompressor(level);
    }
    return mine[level];
  }

  private static final ThreadLocal<LibdeflateCompressor[]> COMPRESSORS =
      ThreadLocal.withInitial(() -> new LibdeflateCompressor[SMALLEST_LEVEL + 1]);

  /** The platform as jlibdeflate names its builds, e.g. {@code linux-x86_64}. */
  static String platform() {
    return System.getProperty("os.name", "?").toLowerCase(Locale.ROOT).replace(' ', '-') + "-"
        + System.getProperty("os.arch", "?");
  }

  private static String firstLine(String s) {
    return s == null ? "no message" : s.lines().findFirst().orElse("");
  }
}
