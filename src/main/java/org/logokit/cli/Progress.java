package org.logokit.cli;

import java.io.PrintWriter;
import org.logokit.pipeline.RenderListener;
import org.logokit.text.Shown;

/**
 * Render progress on stderr: one line redrawn in place on a terminal, plain lines otherwise (a
 * CI log, a pipe, or when {@code CI} is set), nothing with {@code --quiet}.
 */
final class Progress implements RenderListener {
  enum Mode { TERMINAL, LINES, QUIET }

  private final SafePrintWriter err;
  private final Mode mode;

  Progress(SafePrintWriter err, Mode mode) {
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

  /** The terminal's width from {@code COLUMNS}, 80 when unknown. */
  private static int columns() {
    try {
      return Math.max(20, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80")));
    } catch (NumberFormatException e) {
      return 80;
    }
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
        // The redraw's control sequence goes out raw; the line itself, with the master's name,
        // is escaped like every other.
        // Cut to the terminal's width: a wrapped line would leave a trail at the next redraw.
        PrintWriter raw = err.raw();
        String shown = Shown.of(line);
        int room = columns() - 1;
        raw.print("\r\033[K" + (shown.length() > room ? shown.substring(0, room - 1) + "…"
            : shown));
        if (done == total) {
          raw.print("\r\033[K");
        }
        raw.flush();
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
      err.raw().print("\r\033[K"); // off the progress line
    }
    err.println("warning: " + master + ": " + message); // escaped by the writer
    err.flush();
  }
}
