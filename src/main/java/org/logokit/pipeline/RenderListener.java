package org.logokit.pipeline;

/** Told as each master finishes, from the thread that rendered it; for progress displays. */
@FunctionalInterface
public interface RenderListener {
  RenderListener NONE = (master, done, total, written, failed) -> { };

  /**
   * @param master the master's file name
   * @param done masters finished so far, this one included
   * @param total masters in the run
   * @param written files this master wrote
   * @param failed whether it could not be rendered
   */
  void masterDone(String master, int done, int total, int written, boolean failed);

  /**
   * Something a master rendered with but should not have, such as a missing font; told before
   * its {@link #masterDone}.
   *
   * @param message one sentence, already safe to print
   */
  default void warning(String master, String message) {}
}
