package org.logokit.pipeline;

import java.nio.file.Path;
import org.logokit.render.Phases;

/**
 * How to render a kit. Made with {@link #of} and changed one option at a time:
 *
 * <pre>{@code
 * RenderOptions o = RenderOptions.of(Path.of("assets"), Path.of("output")).jobs(2).force(true);
 * }</pre>
 *
 * @param assets the folder the masters are read from
 * @param out the folder outputs and {@code manifest.json} are written to
 * @param jobs how many masters render at once
 * @param force re-render every output, even those whose inputs did not change
 * @param listener told as each master finishes
 * @param phases where the time of each stage is added up
 * @param prune delete the files of an earlier render that the kit no longer plans; off for an
 *     ad-hoc render ({@code --sizes}, {@code --scheme}), which adds to a kit and never takes
 *     from it
 * @param strict a master whose text asks for a font that is not available fails, instead of
 *     rendering in a fallback face with a warning
 * @param reencode also rewrite the outputs whose pixels are current but whose bytes another
 *     encoder made (a new deflater, say); without it they are kept
 */
public record RenderOptions(Path assets, Path out, int jobs, boolean force,
    RenderListener listener, Phases phases, boolean prune, boolean strict, boolean reencode) {
  public RenderOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }

  /** {@code assets} into {@code out}, {@code jobs} masters at once, every other option off. */
  public RenderOptions(Path assets, Path out, int jobs) {
    this(assets, out, jobs, false, RenderListener.NONE, new Phases(), true, false, false);
  }

  /** {@code assets} into {@code out}, a master per core, pruning, every other option off. */
  public static RenderOptions of(Path assets, Path out) {
    return new RenderOptions(assets, out, defaultJobs());
  }

  public RenderOptions jobs(int n) {
    return new RenderOptions(assets, out, n, force, listener, phases, prune, strict, reencode);
  }

  public RenderOptions force(boolean on) {
    return new RenderOptions(assets, out, jobs, on, listener, phases, prune, strict, reencode);
  }

  public RenderOptions listener(RenderListener l) {
    return new RenderOptions(assets, out, jobs, force, l, phases, prune, strict, reencode);
  }

  public RenderOptions phases(Phases p) {
    return new RenderOptions(assets, out, jobs, force, listener, p, prune, strict, reencode);
  }

  public RenderOptions prune(boolean on) {
    return new RenderOptions(assets, out, jobs, force, listener, phases, on, strict, reencode);
  }

  public RenderOptions strict(boolean on) {
    return new RenderOptions(assets, out, jobs, force, listener, phases, prune, on, reencode);
  }

  public RenderOptions reencode(boolean on) {
    return new RenderOptions(assets, out, jobs, force, listener, phases, prune, strict, on);
  }

  public static int defaultJobs() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * The masters rendered at once for a command's {@code --jobs}: the number of cores when it is
   * not given, else at least 1, the same in every command.
   *
   * @throws IllegalArgumentException for 0 or less
   */
  public static int jobs(Integer given) {
    if (given != null && given < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1");
    }
    return given == null ? defaultJobs() : given;
  }
}
