package org.logokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import picocli.CommandLine.Option;

/** {@code --assets} and {@code --config}, shared by the commands that read the kit. */
final class KitOptions {
  @Option(names = "--assets", defaultValue = "assets", paramLabel = "DIR",
      description = "Folder with the SVG masters and logokit.yaml (default: ${DEFAULT-VALUE}).")
  Path assets;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Kit config to use instead of logokit.yaml in the assets folder.")
  Path config;

  /** The kit, or {@code null} after printing its problems to {@code err}. */
  Kit load(PrintWriter err) {
    try {
      return KitLoader.load(assets, config);
    } catch (KitException e) {
      e.diagnostics().forEach(d -> err.println("error: " + d));
      return null;
    }
  }
}
