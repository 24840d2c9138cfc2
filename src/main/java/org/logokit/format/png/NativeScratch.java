package org.logokit.format.png;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native memory an encoder thread reuses from image to image, for an image's rows and for the
 * room their deflated stream may take. Java zero-fills every segment it allocates: allocated
 * per image, that filling was a sixth of the samples of a render of the kit's 88 PNGs (JFR),
 * more than the deflating. A reused segment is not filled, so its users write every byte they
 * hand on. Each thread keeps at most {@link #KEEP} bytes per slot; a larger image's memory
 * comes from the caller's arena, freed when the image is done.
 */
final class NativeScratch {
  /** The most one thread keeps per slot: a 4096 x 4096 RGBA image's rows. */
  static final long KEEP = 64L << 20;

  /** What a segment holds: the rows to deflate, or the deflated stream. */
  enum Slot { ROWS, STREAM }

  private static final ThreadLocal<MemorySegment[]> KEPT =
      ThreadLocal.withInitial(() -> new MemorySegment[Slot.values().length]);

  private NativeScratch() {}

  /**
   * {@code size} bytes of this thread's {@code slot}, their contents left from earlier use; or,
   * over {@link #KEEP}, a fresh (zeroed) segment of {@code arena}.
   */
  static MemorySegment get(Slot slot, long size, Arena arena) {
    long bytes = Math.max(1, size);
    if (bytes > KEEP) {
      return arena.allocate(bytes);
    }
    MemorySegment[] mine = KEPT.get();
    MemorySegment kept = mine[slot.ordinal()];
    if (kept == null || kept.byteSize() < bytes) {
      // Grown by half again at least, so a kit of rising sizes allocates a few times only.
      long grown = kept == null ? bytes : Math.min(KEEP, Math.max(bytes,
          kept.byteSize() + kept.byteSize() / 2));
      kept = Arena.ofAuto().allocate(grown);
      mine[slot.ordinal()] = kept;
    }
    return kept.asSlice(0, bytes);
  }
}
