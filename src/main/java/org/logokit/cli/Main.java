package org.logokit.cli;

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
    System.exit(LogokitCommand.commandLine().execute(args));
  }
}
