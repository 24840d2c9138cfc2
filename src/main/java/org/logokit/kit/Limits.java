package org.logokit.kit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Budgets that keep a hostile or broken master from crashing or stalling a batch. Each master
 * that exceeds one fails with a message naming it; the others render.
 *
 * <p>The config is part of the pull request, so it may lower a budget but never raise it above
 * the cap in force: {@link #DEFAULT}, unless the command line (trusted) raises the cap with
 * {@code --raise-limit NAME=VALUE}, up to {@link #CEILING}.
 *
 * @param maxInputBytes a master's size on disk, and after gzip decompression
 * @param maxPixelsPerOutput width x height of one output (and of an embedded image)
 * @param maxSecondsPerMaster loading and painting one master's outputs
 * @param maxElements elements in a master, after {@code <use>} and other references expand
 * @param maxDepth element nesting
 */
public record Limits(long maxInputBytes, long maxPixelsPerOutput, int maxSecondsPerMaster,
    int maxElements, int maxDepth) {

  public static final Limits DEFAULT = new Limits(10L << 20,
      org.logokit.format.ImageFiles.MAX_PIXELS, 60, 200_000, 200);

  /** What even the command line cannot go past: a Java array, a 32768 px square, an hour. */
  public static final Limits CEILING = new Limits(1L << 30, 32768L * 32768L, 3600, 10_000_000,
      10_000);

  public Limits {
    if (maxInputBytes < 1 || maxPixelsPerOutput < 1 || maxSecondsPerMaster < 1
        || maxElements < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The budgets by their config names, in config order. */
  public Map<String, Long> byName() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("maxInputBytes", maxInputBytes);
    m.put("maxPixelsPerOutput", maxPixelsPerOutput);
    m.put("maxSecondsPerMaster", (long) maxSecondsPerMaster);
    m.put("maxElements", (long) maxElements);
    m.put("maxDepth", (long) maxDepth);
    return m;
  }

  /**
   * The built-in caps raised by {@code --raise-limit NAME=VALUE}: each from its default up to
   * {@link #CEILING}, never down (the config may lower a budget, the command line raise it).
   *
   * @throws IllegalArgumentException naming the budget and its range
   */
  public static Limits raisedBy(Map<String, Long> raised) {
    Map<String, Long> ceiling = CEILING.byName();
    Map<String, Long> defaults = DEFAULT.byName();
    for (Map.Entry<String, Long> e : raised.entrySet()) {
      Long max = ceiling.get(e.getKey());
      if (max == null) {
        throw new IllegalArgumentException("no budget named '" + e.getKey() + "' (known: "
            + String.join(", ", ceiling.keySet()) + ")");
      }
      if (e.getValue() == null || e.getValue() < defaults.get(e.getKey())
          || e.getValue() > max) {
        throw new IllegalArgumentException(e.getKey() + " must be " + defaults.get(e.getKey())
            + " to " + max);
      }
    }
    return DEFAULT.with(raised);
  }

  /** Limits from values by config name; names not given keep this one's. */
  public Limits with(Map<String, Long> values) {
    Map<String, Long> m = byName();
    values.forEach((k, v) -> {
      if (!m.containsKey(k)) {
        throw new IllegalArgumentException("no limit named '" + k + "' (known: "
            + String.join(", ", m.keySet()) + ")");
      }
      m.put(k, v);
    });
    return new Limits(m.get("maxInputBytes"), m.get("maxPixelsPerOutput"),
        Math.toIntExact(m.get("maxSecondsPerMaster")), Math.toIntExact(m.get("maxElements")),
        Math.toIntExact(m.get("maxDepth")));
  }
}
