package org.logokit.build;

import java.nio.file.Path;

/**
 * @param assets the folder the masters are read from
 * @param out the folder outputs and {@code manifest.json} are written to
 * @param jobs how many masters render at once
 * @param force re-render every output, even those whose inputs did not change
 * @param listener told as each master finishes
 */
public record RenderOptions(Path assets, Path out, int jobs, boolean force,
    RenderListener listener) {
  public RenderOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }

  public RenderOptions(Path assets, Path out, int jobs) {
    this(assets, out, jobs, false, RenderListener.NONE);
  }

  public RenderOptions(Path assets, Path out, int jobs, boolean force) {
    this(assets, out, jobs, force, RenderListener.NONE);
  }

  public static int defaultJobs() {
    return Runtime.getRuntime().availableProcessors();
  }
}
