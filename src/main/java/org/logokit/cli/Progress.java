package org.logokit.cli;

import java.io.PrintWriter;
import org.logokit.build.RenderListener;
import org.logokit.kit.Printable;

/**
 * Render progress on stderr: one line redrawn in place on a terminal, plain lines otherwise (a
 * CI log, a pipe, or when {@code CI} is set), nothing with {@code --quiet}.
 */
final class Progress implements RenderListener {
  enum Mode { TERMINAL, LINES, QUIET }

  private final PrintWriter err;
  private final Mode mode;

  Progress(PrintWriter err, Mode mode) {
    this.err = err;
    this.mode = mode;
  }

  /** The mode this process should use. */
  static Mode detect(boolean quiet) {
    if (quiet) {
      return Mode.QUIET;
    }
    String ci = System.getenv("CI");
    boolean terminal = System.console() != null && (ci == null || ci.isEmpty()
        || ci.equals("false"));
    return terminal ? Mode.TERMINAL : Mode.LINES;
  }

  @Override
  public synchronized void masterDone(String master, int done, int total, int written,
      boolean failed) {
    String status = failed ? "failed" : written == 0 ? "current"
        : LogokitCommand.count(written, "file") + " written";
    String width = Integer.toString(total);
    String line = String.format("[%" + width.length() + "d/%s] %s: %s", done, width, master,
        status);
    switch (mode) {
      case TERMINAL -> {
        err.print("\r\033[K" + line);
        if (done == total) {
          err.print("\r\033[K");
        }
      }
      case LINES -> err.println(line);
      case QUIET -> { }
    }
    err.flush();
  }

  /** Printed in every mode, --quiet too: a warning is not progress. */
  @Override
  public synchronized void warning(String master, String message) {
    if (mode == Mode.TERMINAL) {
      err.print("\r\033[K"); // off the progress line
    }
    err.println("warning: " + Printable.escape(master) + ": " + message);
    err.flush();
  }
}
