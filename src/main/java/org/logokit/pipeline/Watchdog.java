package org.logokit.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.batik.util.HaltingThread;
import org.logokit.screen.SvgException;

/**
 * Runs one master's loading and painting within its time budget. The work runs in Batik's
 * {@link HaltingThread}, whose {@code halt()} Batik's tree builder and painter check, so a
 * runaway master stops within milliseconds (interrupting the thread does not). Its result is then
 * thrown away, never written. A master that ignores the halt is abandoned on a daemon thread and
 * reported; the batch goes on.
 */
final class Watchdog {
  private static final long GRACE_MILLIS = 2000;

  private Watchdog() {}

  static <R> R within(int seconds, Callable<R> work) throws SvgException, InterruptedException {
    AtomicReference<Object> outcome = new AtomicReference<>();
    HaltingThread thread = new HaltingThread(() -> {
      try {
        outcome.set(work.call());
      } catch (Throwable t) { // NOPMD: every failure, OOM included, becomes the master's result
        outcome.set(t);
      }
    }, "logokit-master");
    thread.setDaemon(true);
    thread.start();
    thread.join(seconds * 1000L);
    if (thread.isAlive()) {
      thread.halt();
      thread.join(GRACE_MILLIS);
      throw new SvgException("took longer than the budget of " + seconds + " s per master "
          + "(limits.maxSecondsPerMaster)");
    }
    Object r = outcome.get();
    if (r instanceof SvgException e) {
      throw e;
    }
    if (r instanceof OutOfMemoryError) {
      throw outOfMemory();
    }
    if (r instanceof StackOverflowError) {
      throw new SvgException("too deeply nested for the renderer");
    }
    if (r instanceof Throwable t) {
      throw new IllegalStateException("rendering a master failed unexpectedly", t);
    }
    @SuppressWarnings("unchecked")
    R result = (R) r;
    return result;
  }

  /** The master's failure when the heap ran out while working on it. */
  static SvgException outOfMemory() {
    return new SvgException("ran out of memory (raise the JVM's heap with -Xmx, or lower "
        + "limits.maxPixelsPerOutput)");
  }
}
