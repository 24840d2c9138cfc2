package org.logokit.write;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Faults at the write boundary, for tests in any package: a write that fails (a full disk, a
 * refused rename) or a run killed at an exact step of writing a file, through {@link
 * OutputFolder}'s test hook. Every file logokit writes in an output or report folder passes
 * there: its temporary file half written, then its rename.
 */
public final class WriteFaults {
  /** Where in writing one file. */
  public enum Step {
    /** Half of the bytes are in the temporary file beside it. */
    HALF_WRITTEN,
    /** The temporary file is complete, about to be renamed over the file. */
    RENAMING
  }

  /** The exit status of a run {@link #main killed} at its step: SIGKILL's, 128 + 9. */
  public static final int KILLED = 137;

  private WriteFaults() {}

  /**
   * Fails, with {@code e}, the {@code n}th time (from 1) that {@code step} is reached for a file
   * whose path (relative, with '/') {@code which} accepts, until {@link #clear}.
   *
   * @return how many times the step was reached for such files so far
   */
  public static AtomicInteger fail(Step step, Predicate<String> which, int n, IOException e) {
    return install(step, which, n, () -> {
      throw e;
    });
  }

  /** Removes the fault: writes go through. */
  public static void clear() {
    OutputFolder.fault = null;
  }

  /** What happens at the chosen step. */
  private interface Action {
    void run() throws IOException;
  }

  private static AtomicInteger install(Step step, Predicate<String> which, int n,
      Action action) {
    AtomicInteger seen = new AtomicInteger();
    OutputFolder.fault = (at, rel) -> {
      if (at.name().equals(step.name()) && which.test(rel) && seen.incrementAndGet() == n) {
        action.run();
      }
    };
    return seen;
  }

  /**
   * {@code logokit} killed at a step: {@code STEP REGEX N ARGS...} runs logokit with {@code
   * ARGS} and halts the JVM with {@link #KILLED}, as SIGKILL would (no cleanup, no finally),
   * the {@code N}th time {@code STEP} is reached for a file whose path matches {@code REGEX}.
   * A run that never gets there ends with logokit's own exit status.
   */
  public static void main(String[] args) {
    Pattern which = Pattern.compile(args[1]);
    install(Step.valueOf(args[0]), rel -> which.matcher(rel).matches(),
        Integer.parseInt(args[2]), () -> Runtime.getRuntime().halt(KILLED));
    org.logokit.cli.Main.main(Arrays.copyOfRange(args, 3, args.length));
  }
}
