package org.logokit.cli;

/** Entry point of {@code java -jar logokit.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // A batch tool: never try to reach a display, on a desktop or a CI runner alike.
    System.setProperty("java.awt.headless", "true");
    System.exit(LogokitCommand.commandLine().execute(args));
  }
}
