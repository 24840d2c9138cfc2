package org.logokit.format.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The native memory an encoder thread reuses is never read before it is written: an image
 * encoded after larger, different ones on the same thread has the bytes it has on a fresh
 * thread, and deflating a byte array (the start-up identity check does, on whichever thread
 * first asks for the deflater) leaves an encoder's rows in place.
 */
class NativeScratchTest {
  private static BufferedImage noise(int w, int h, long seed, boolean opaque) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (opaque ? 0xff000000 : r.nextInt(256) << 24) | r.nextInt(1 << 24));
      }
    }
    return img;
  }

  /** A few colours: the palette path, whose rows start with a filter byte of their own. */
  private static BufferedImage flat(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (x / 7 + y / 5) % 3 == 0 ? 0xff204080 : 0x80ffcc00);
      }
    }
    return img;
  }

  private static byte[] onAFreshThread(BufferedImage img) throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      return one.submit(() -> PngEncoder.encode(img, 3780)).get();
    } finally {
      one.shutdown();
    }
  }

  @Test
  void anImageAfterLargerOnesOnOneThreadHasItsFreshBytes() throws Exception {
    BufferedImage small = noise(37, 23, 1, false);
    BufferedImage palette = flat(41, 29);
    byte[] smallFresh = onAFreshThread(small);
    byte[] paletteFresh = onAFreshThread(palette);
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      byte[][] reused = one.submit(() -> {
        PngEncoder.encode(noise(300, 200, 2, false), 3780); // leaves its rows and stream
        byte[] a = PngEncoder.encode(small, 3780);
        PngEncoder.encode(noise(256, 256, 3, true), 3780);
        byte[] b = PngEncoder.encode(palette, 3780);
        return new byte[][] {a, b};
      }).get();
      assertArrayEquals(smallFresh, reused[0], "RGBA after a larger RGBA");
      assertArrayEquals(paletteFresh, reused[1], "palette rows after larger RGB rows");
    } finally {
      one.shutdown();
    }
  }

  @Test
  void deflatingAnArrayLeavesTheThreadsRowsAlone() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment rows = NativeScratch.get(NativeScratch.Slot.ROWS, 4096, arena);
      for (int i = 0; i < 4096; i++) {
        rows.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 31));
      }
      Libdeflate.get().zlib(new byte[4096], Libdeflate.LEVEL);
      for (int i = 0; i < 4096; i++) {
        assertEquals((byte) (i * 31), rows.get(ValueLayout.JAVA_BYTE, i), "byte " + i);
      }
    }
  }
}
