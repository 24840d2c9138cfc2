package org.logokit.kit;

/**
 * Budgets that keep a hostile or broken master from crashing or stalling a batch. Each master
 * that exceeds one fails with a message naming it; the others render.
 *
 * @param maxInputBytes a master's size on disk, and after gzip decompression
 * @param maxPixelsPerOutput width x height of one output (and of an embedded image)
 * @param maxSecondsPerMaster loading, painting and encoding one master's outputs
 * @param maxElements elements in a master, after {@code <use>} and other references expand
 * @param maxDepth element nesting
 */
public record Limits(long maxInputBytes, long maxPixelsPerOutput, int maxSecondsPerMaster,
    int maxElements, int maxDepth) {

  public static final Limits DEFAULT = new Limits(10L << 20, 8192L * 8192L, 60, 200_000, 200);

  public Limits {
    if (maxInputBytes < 1 || maxPixelsPerOutput < 1 || maxSecondsPerMaster < 1
        || maxElements < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
