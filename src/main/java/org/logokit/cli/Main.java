package org.logokit.cli;

import java.io.PrintWriter;

/** Entry point of {@code java -jar logokit.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // A batch tool: never try to reach a display, on a desktop or a CI runner alike.
    System.setProperty("java.awt.headless", "true");
    // The last resort: whatever escapes the commands (a bug, an error on another thread) is
    // one line, never a stack trace with a name from the repository in it.
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> lastResort(e));
    int exit;
    try {
      exit = LogokitCommand.commandLine().execute(args);
    } catch (Throwable e) { // NOPMD: nothing may leave main as a stack trace
      exit = lastResort(e);
    }
    System.exit(exit);
  }

  private static int lastResort(Throwable e) {
    PrintWriter err = SafePrintWriter.of(new PrintWriter(System.err, true));
    err.println("error: logokit failed unexpectedly: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    err.flush();
    return LogokitCommand.PROBLEMS;
  }
}
