package org.logokit.encode;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.logokit.text.Sha256;

/**
 * zlib streams from libdeflate (Debian's {@code libdeflate0}), called through Java's
 * foreign-function API.
 *
 * <p>Why: libdeflate compresses a whole buffer in one call, with a better match finder than
 * zlib's; at level 6 it made the kit's PNGs about 2.5x faster to deflate than the JDK's zlib, and
 * smaller. Why not a fallback to zlib when it is missing: the bytes would then depend on the
 * machine, and CI compares the committed kit byte for byte. So the library is checked once
 * against a known output ({@link #IDENTITY}): any libdeflate that gives other bytes is refused
 * with a message, never used silently.
 */
public final class Libdeflate {
  /** The library as the render version names it. */
  public static final String NAME = "libdeflate 1.14 level 6";

  /** The deflate level: 6 was as small as 9 on the kit's images, at a third of the time. */
  static final int LEVEL = 6;

  /**
   * SHA-256 of libdeflate 1.14's level-6 zlib stream of {@link #probe()}; another version or
   * build that compresses differently gives another digest.
   */
  static final String IDENTITY =
      "5bed0e3181776fb79acff97645a007e339964290d8d6ac1aeef0e4006348c6e4";

  private static final String[] NAMES = {"libdeflate.so.0", "libdeflate.so", "libdeflate.0.dylib"};

  private static volatile Libdeflate instance;
  private static volatile String problem;

  private final MethodHandle alloc;
  private final MethodHandle compress;
  private final MethodHandle bound;
  private final MethodHandle free;

  private Libdeflate(SymbolLookup lib) {
    Linker linker = Linker.nativeLinker();
    alloc = linker.downcallHandle(find(lib, "libdeflate_alloc_compressor"),
        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    compress = linker.downcallHandle(find(lib, "libdeflate_zlib_compress"),
        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    bound = linker.downcallHandle(find(lib, "libdeflate_zlib_compress_bound"),
        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    free = linker.downcallHandle(find(lib, "libdeflate_free_compressor"),
        FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
  }

  private static MemorySegment find(SymbolLookup lib, String name) {
    return lib.find(name).orElseThrow(() -> new IllegalStateException("the library has no "
        + name));
  }

  /**
   * The library, loaded and checked once.
   *
   * @throws EncoderUnavailableException when it is missing or compresses differently
   */
  public static Libdeflate get() {
    Libdeflate lib = instance;
    if (lib != null) {
      return lib;
    }
    synchronized (Libdeflate.class) {
      if (instance == null && problem == null) {
        try {
          instance = load(lookup());
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
   * Checks, before any work, that this machine's libdeflate gives the bytes the render version
   * names.
   *
   * @throws java.io.IOException saying what is missing and how to install it
   */
  public static void require() throws java.io.IOException {
    try {
      get();
    } catch (EncoderUnavailableException e) {
      throw new java.io.IOException(e.getMessage(), e);
    }
  }

  /** The functions of {@code lib}, checked against {@link #IDENTITY}. */
  static Libdeflate load(SymbolLookup lib) {
    String hint = " (on Debian or Ubuntu: apt-get install libdeflate0)";
    Libdeflate loaded;
    try {
      loaded = new Libdeflate(lib);
    } catch (IllegalStateException | IllegalCallerException e) {
      throw new EncoderUnavailableException("cannot use libdeflate: " + e.getMessage() + hint);
    }
    String digest = Sha256.hex(loaded.zlib(probe(), LEVEL));
    if (!digest.equals(IDENTITY)) {
      throw new EncoderUnavailableException("the libdeflate found compresses differently from "
          + NAME + " (probe digest " + digest + "), so its PNGs would not match the ones this"
          + " logokit makes elsewhere" + hint);
    }
    return loaded;
  }

  private static SymbolLookup lookup() {
    try {
      return findLibrary();
    } catch (IllegalStateException | IllegalArgumentException | IllegalCallerException e) {
      throw new EncoderUnavailableException("cannot use libdeflate: " + e.getMessage()
          + " (on Debian or Ubuntu: apt-get install libdeflate0)");
    }
  }

  private static SymbolLookup findLibrary() {
    String given = System.getProperty("logokit.libdeflate");
    if (given != null) {
      return SymbolLookup.libraryLookup(java.nio.file.Path.of(given), Arena.global());
    }
    IllegalArgumentException last = null;
    for (String name : NAMES) {
      try {
        return SymbolLookup.libraryLookup(name, Arena.global());
      } catch (IllegalArgumentException e) {
        last = e;
      }
    }
    throw new IllegalStateException("libdeflate.so.0 not found ("
        + (last == null ? "" : last.getMessage()) + ")");
  }

  /** A fixed input with runs, repeats and noise, so that match finding and Huffman both count. */
  static byte[] probe() {
    byte[] data = new byte[64 * 1024];
    int x = 12345;
    for (int i = 0; i < data.length; i++) {
      x = x * 1103515245 + 12345;
      data[i] = (byte) ((i / 97) % 3 == 0 ? (x >>> 16) & 7 : i % 251);
    }
    return data;
  }

  /** {@code data} as a zlib stream at {@code level}. */
  public byte[] zlib(byte[] data, int level) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment in = arena.allocate(Math.max(1, data.length));
      MemorySegment.copy(data, 0, in, ValueLayout.JAVA_BYTE, 0, data.length);
      return zlib(arena, in, data.length, level);
    }
  }

  /** The first {@code length} bytes of {@code in} as a zlib stream at {@code level}. */
  public byte[] zlib(Arena arena, MemorySegment in, long length, int level) {
    MemorySegment c = MemorySegment.NULL;
    try {
      c = (MemorySegment) alloc.invokeExact(level);
      if (c.equals(MemorySegment.NULL)) {
        throw new OutOfMemoryError("libdeflate could not allocate a compressor");
      }
      long max = (long) bound.invokeExact(c, length);
      MemorySegment out = arena.allocate(max);
      long n = (long) compress.invokeExact(c, in, length, out, max);
      if (n == 0) {
        throw new IllegalStateException("libdeflate: output larger than its own bound");
      }
      return out.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    } finally {
      if (!c.equals(MemorySegment.NULL)) {
        try {
          free.invokeExact(c);
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
