package org.logokit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.RenderReport;
import org.logokit.pipeline.Warmup;
import org.logokit.kit.AdHocSizes;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.Scheme;
import org.logokit.manifest.Manifest;
import org.logokit.render.Phases;
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
        + "Only outputs whose inputs changed are rendered again, unless --force.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  logokit render                          assets/ into output/",
        "  logokit render --dry-run                what would be written and removed",
        "  logokit render --sizes 64 --out /tmp/x  one ad-hoc size; removes nothing",
        "%nExit codes: 0 ok, 1 a master failed or the folder is locked, 2 bad usage or "
            + "config."})
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KitOptions kitOptions;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder to write the PNGs and manifest.json to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Render only these pixel sizes (longest side), e.g. 16,64,512 or 64px, "
          + "for every master, instead of the config's targets. Adds to the folder: nothing "
          + "else is removed.")
  List<String> sizes;

  @Option(names = {"-n", "--dry-run"},
      description = "List what would be written and removed, and change nothing.")
  boolean dryRun;

  @Option(names = "--scheme", paramLabel = "SCHEME",
      completionCandidates = SchemeChoices.class,
      description = "Render every master in this colour scheme: light, dark or both, instead "
          + "of the config's schemes.")
  String scheme;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Masters rendered at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--force", description = "Render every output again, changed or not.")
  boolean force;

  @Option(names = "--reencode", description = "Also rewrite the outputs whose pixels are "
      + "current but whose bytes another encoder made (another logokit's deflater, say). "
      + "Without it they are kept, with a warning.")
  boolean reencode;

  @Option(names = "--strict", description = "Fail a master whose render would warn (its text "
      + "asks for a font that is not available, it uses CSS the renderer does not draw), "
      + "instead of warning and drawing what it can.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no progress, no summary.")
  boolean quiet;

  @Option(names = "--timings",
      description = "Print the time spent in each stage to stderr (for the benchmark).")
  boolean timings;

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    PrintWriter stdout = io.out();
    PrintWriter err = io.err();
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
        kit = kit.withTargets(AdHocSizes.parse(sizes, kit.limits()));
      } catch (IllegalArgumentException e) {
        err.println("error: --sizes: " + e.getMessage());
        return LogokitCommand.USAGE;
      }
    }
    if (scheme != null) {
      List<Scheme> schemes;
      try {
        schemes = Scheme.choice(scheme);
      } catch (IllegalArgumentException e) {
        err.println("error: --scheme: " + e.getMessage());
        return LogokitCommand.USAGE;
      }
      String unnamed = kit.namings().stream().filter(n -> !Scheme.nameable(n, schemes))
          .findFirst().orElse(null);
      if (unnamed != null) {
        err.println("error: --scheme both: the naming " + org.logokit.text.Shown.quoted(unnamed)
            + " has no {scheme}");
        return LogokitCommand.USAGE;
      }
      kit = kit.withSchemes(schemes);
    }
    int threads;
    try {
      threads = RenderOptions.jobs(jobs);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    // An ad-hoc render adds to a kit's folder; only the kit's own plan removes files from it.
    boolean prune = sizes == null && scheme == null;
    RenderReport report;
    Phases phases = new Phases();
    RenderOptions options = RenderOptions.of(kitOptions.assets, out).jobs(threads)
        .force(force).listener(new Progress(io.err(), Progress.detect(quiet))).phases(phases)
        .prune(prune).strict(strict).reencode(reencode);
    if (dryRun) {
      return dryRun(kit, options, stdout);
    }
    try {
      report = KitRenderer.render(kit, options);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return LogokitCommand.PROBLEMS;
    }
    for (String note : report.notes()) {
      err.println("warning: " + note);
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
    stdout.println("rendered " + report.rendered() + " of " + kit.masters().size()
        + " masters into " + out + ": " + (report.written() == 0 ? "nothing to write"
            : LogokitCommand.count(report.written(), "file") + " written") + ", "
        + report.kept() + " current" + (report.removed().isEmpty() ? ""
            : ", " + report.removed().size() + " no longer planned removed"));
    if (report.written() > 0) {
      WebSetNotes.print(report.manifest(), out, stdout);
    }
    return report.ok() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }

  /** Completion values of {@code --scheme}. */
  static final class SchemeChoices extends java.util.ArrayList<String> {
    SchemeChoices() {
      super(List.of("light", "dark", "both"));
    }
  }

  private int dryRun(Kit kit, RenderOptions options, PrintWriter stdout) {
    KitRenderer.Preview p;
    try {
      p = KitRenderer.preview(kit, options);
    } catch (IOException e) {
      Console.of(spec).err().println("error: " + e.getMessage());
      return LogokitCommand.PROBLEMS;
    }
    p.write().forEach(w -> stdout.println("would " + w));
    p.remove().forEach(r -> stdout.println("would remove " + r));
    stdout.println("dry run: " + LogokitCommand.count(p.write().size(), "file")
        + " would be written, " + p.remove().size() + " removed; nothing was changed in "
        + out);
    return LogokitCommand.OK;
  }
}
