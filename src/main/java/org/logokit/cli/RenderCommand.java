package org.logokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.logokit.build.KitRenderer;
import org.logokit.build.RenderOptions;
import org.logokit.build.RenderReport;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit render}: masters + kit config to PNGs + manifest.json. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Render every master of the kit into the output folder and write "
        + "manifest.json.")
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--assets", defaultValue = "assets", paramLabel = "DIR",
      description = "Folder with the SVG masters and logokit.yaml (default: ${DEFAULT-VALUE}).")
  Path assets;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder to write the PNGs and manifest.json to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Kit config to use instead of logokit.yaml in the assets folder.")
  Path config;

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Render only these pixel sizes (longest side), e.g. 16,64,512, for every "
          + "master, instead of the config's targets.")
  List<Integer> sizes;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Masters rendered at once (default: the number of cores).")
  Integer jobs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Kit kit;
    try {
      kit = KitLoader.load(assets, config);
      if (sizes != null) {
        kit = kit.withTargets(sizes.stream().map(n -> Target.parse(n + "px")).toList());
      }
    } catch (KitException e) {
      e.diagnostics().forEach(d -> err.println("error: " + d));
      return LogokitCommand.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("error: --sizes: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    int threads = jobs == null ? RenderOptions.defaultJobs() : jobs;
    if (threads < 1) {
      err.println("error: --jobs must be at least 1");
      return LogokitCommand.USAGE;
    }
    RenderReport report = KitRenderer.render(kit, new RenderOptions(assets, this.out, threads));
    for (Diagnostic d : report.failures()) {
      err.println("error: " + d);
    }
    out.printf("rendered %d of %d masters: %d files into %s%s%n", report.rendered(),
        kit.masters().size(), report.written(), this.out,
        report.removed().isEmpty() ? "" : ", removed " + report.removed().size()
            + " no longer planned");
    return report.ok() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }
}
