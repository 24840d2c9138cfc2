package org.logokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Limits;
import picocli.CommandLine.Option;

/** {@code --assets}, {@code --config} and {@code --raise-limit}, shared by the commands that read the kit. */
final class KitOptions {
  @Option(names = "--assets", defaultValue = "assets", paramLabel = "DIR",
      description = "Folder with the SVG masters and logokit.yaml (default: ${DEFAULT-VALUE}).")
  Path assets;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Kit config to use instead of logokit.yaml in the assets folder.")
  Path config;

  @Option(names = "--raise-limit", paramLabel = "NAME=VALUE", mapFallbackValue = "",
      description = "Raise the cap of a budget (maxInputBytes, maxPixelsPerOutput, "
          + "maxSecondsPerMaster, maxElements, maxDepth) for trusted masters; the config can "
          + "only lower budgets. Repeatable.")
  Map<String, Long> raised = new LinkedHashMap<>();

  /** The kit, or {@code null} after printing its problems to {@code err}. */
  Kit load(PrintWriter err) {
    try {
      return loadOrThrow();
    } catch (KitException e) {
      e.diagnostics().forEach(d -> err.println("error: " + d));
      return null;
    }
  }

  /** The kit; every problem of the config (or of {@code --raise-limit}) in the exception. */
  Kit loadOrThrow() throws KitException {
    Limits caps;
    try {
      caps = caps();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new KitException(List.of(Diagnostic.of("--raise-limit", e.getMessage())));
    }
    return KitLoader.load(assets, config, caps);
  }

  /** "logokit render" with the folders the user gave, to paste as it is. */
  String renderCommand(Path out) {
    return "logokit render" + (assets.equals(Path.of("assets")) ? "" : " --assets " + assets)
        + (config == null ? "" : " --config " + config)
        + (out.equals(Path.of("output")) ? "" : " --out " + out);
  }

  /** The built-in caps, raised where the command line says, never past the ceiling. */
  Limits caps() {
    return Limits.raisedBy(raised);
  }
}
