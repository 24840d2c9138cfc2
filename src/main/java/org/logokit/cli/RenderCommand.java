package org.logokit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.logokit.build.KitRenderer;
import org.logokit.build.RenderOptions;
import org.logokit.build.RenderReport;
import org.logokit.build.Warmup;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.Manifest;
import org.logokit.render.Phases;
import org.logokit.write.OutputLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit render}: masters + kit config to PNGs + manifest.json. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Render the kit's masters into the output folder and write manifest.json. "
        + "Only outputs whose inputs changed are rendered again, unless --force.")
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KitOptions kitOptions;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder to write the PNGs and manifest.json to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Render only these pixel sizes (longest side), e.g. 16,64,512, for every "
          + "master, instead of the config's targets.")
  List<Integer> sizes;

  @Option(names = "--scheme", paramLabel = "SCHEME",
      description = "Render every master in this colour scheme: light, dark or both, instead "
          + "of the config's schemes.")
  String scheme;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Masters rendered at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--force", description = "Render every output again, changed or not.")
  boolean force;

  @Option(names = "--strict", description = "Fail a master whose text asks for a font that "
      + "is not available, instead of warning and drawing it in a fallback face.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no progress, no summary.")
  boolean quiet;

  @Option(names = "--timings", hidden = true,
      description = "Print the time spent in each stage to stderr (for the benchmark).")
  boolean timings;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (force || !Files.exists(out.resolve(Manifest.FILE_NAME))) {
      // Every output will be made: load the pipeline on the other core meanwhile. Not when
      // an earlier render may leave nothing to do, where it would only slow the check.
      Warmup.inBackground();
    }
    Kit kit = kitOptions.load(err);
    if (kit == null) {
      return LogokitCommand.USAGE;
    }
    if (sizes != null) {
      try {
        kit = kit.withTargets(sizes.stream().map(n -> Target.parse(n + "px")).toList());
      } catch (IllegalArgumentException e) {
        err.println("error: --sizes: " + e.getMessage());
        return LogokitCommand.USAGE;
      }
    }
    if (scheme != null) {
      List<Scheme> schemes = switch (scheme) {
        case "light" -> List.of(Scheme.LIGHT);
        case "dark" -> List.of(Scheme.DARK);
        case "both" -> List.of(Scheme.LIGHT, Scheme.DARK);
        default -> null;
      };
      if (schemes == null) {
        err.println("error: --scheme: '" + scheme + "' is not light, dark or both");
        return LogokitCommand.USAGE;
      }
      if (schemes.size() > 1 && !kit.naming().contains("{scheme}")) {
        err.println("error: --scheme both: the naming '" + kit.naming() + "' has no {scheme}");
        return LogokitCommand.USAGE;
      }
      kit = kit.withSchemes(schemes);
    }
    int threads = jobs == null ? RenderOptions.defaultJobs() : jobs;
    if (threads < 1) {
      err.println("error: --jobs must be at least 1");
      return LogokitCommand.USAGE;
    }
    RenderReport report;
    Phases phases = new Phases();
    try {
      report = KitRenderer.render(kit, new RenderOptions(kitOptions.assets, out, threads,
          force, new Progress(err, Progress.detect(quiet)), phases, strict));
    } catch (OutputLock.LockedException e) {
      err.println("error: " + e.getMessage());
      return LogokitCommand.PROBLEMS;
    }
    for (Diagnostic d : report.failures()) {
      err.println("error: " + d);
    }
    if (timings) {
      err.println("timings: " + phases.summary());
    }
    if (quiet) {
      return report.ok() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
    }
    stdout.printf("rendered %d of %d masters into %s: %d files written, %d current%s%n",
        report.rendered(), kit.masters().size(), out, report.written(), report.kept(),
        report.removed().isEmpty() ? "" : ", " + report.removed().size()
            + " no longer planned removed");
    return report.ok() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }
}
