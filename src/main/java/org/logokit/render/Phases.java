package org.logokit.render;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU-side time spent in each stage of a render, summed over threads, for the benchmark
 * ({@code render --timings}). Cheap enough to leave on: two clock reads per stage per output.
 */
public final class Phases {
  /** The stages of making one output, in pipeline order. */
  public enum Phase { READ, SCREEN, PARSE, BUILD, PAINT, ENCODE, WRITE }

  private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);

  public Phases() {
    for (Phase p : Phase.values()) {
      nanos.put(p, new LongAdder());
    }
  }

  /** Adds the time since {@code startNanos} to {@code phase} and returns now. */
  public long lap(Phase phase, long startNanos) {
    long now = System.nanoTime();
    nanos.get(phase).add(now - startNanos);
    return now;
  }

  public long millis(Phase phase) {
    return nanos.get(phase).sum() / 1_000_000;
  }

  /** "read 3 ms, screen 40 ms, ..." */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (Phase p : Phase.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(p.name().toLowerCase(Locale.ROOT))
          .append(' ').append(millis(p)).append(" ms");
    }
    return sb.toString();
  }
}
