package org.logokit.cli;

import java.io.PrintWriter;
import org.logokit.manifest.BuildInfo;

/** Entry point of {@code java -jar logokit.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // First of all: Marlin reads its settings once, when Java2D first draws, and they decide
    // the anti-aliased pixels. The launcher passes the same; java -jar gets them here.
    BuildInfo.antialiasing().forEach(System::setProperty);
    // A batch tool: never try to reach a display, on a desktop or a CI runner alike.
    System.setProperty("java.awt.headless", "true");
    // The last resort: whatever escapes the commands (a bug, an error on another thread) is
    // one line, never a stack trace with a name from the repository in it.
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> lastResort(e));
    int exit;
    try {
      exit = LogokitCommand.commandLine(args).execute(args);
    } catch (Throwable e) { // NOPMD: nothing may leave main as a stack trace
      exit = lastResort(e);
    }
    System.exit(exit);
  }

  private static int lastResort(Throwable e) {
    PrintWriter err = SafePrintWriter.of(new PrintWriter(System.err, true));
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof org.logokit.format.EncoderUnavailableException missing) {
        err.println("error: " + missing.getMessage()); // the machine, not a bug
        err.flush();
        return LogokitCommand.PROBLEMS;
      }
    }
    err.println("error: logokit failed unexpectedly: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    err.flush();
    return LogokitCommand.PROBLEMS;
  }
}
