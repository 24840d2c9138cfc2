package org.logokit.cli;

/** Entry point of {@code java -jar logokit.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(LogokitCommand.commandLine().execute(args));
  }
}
