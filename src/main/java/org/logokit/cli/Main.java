package org.logokit.cli;

import org.logokit.build.Warmup;

/** Entry point of {@code java -jar logokit.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // A batch tool: never try to reach a display, on a desktop or a CI runner alike.
    System.setProperty("java.awt.headless", "true");
    if (args.length > 0 && args[0].equals("render")) {
      Warmup.inBackground(); // on the second core, while picocli parses on this one
    }
    System.exit(LogokitCommand.commandLine().execute(args));
  }
}
