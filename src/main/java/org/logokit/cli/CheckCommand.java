package org.logokit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.logokit.pipeline.FontCheck;
import org.logokit.pipeline.PixelCheck;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.Warmup;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.report.ContactSheet;
import org.logokit.report.DiffReport;
import org.logokit.verify.Checker;
import org.logokit.verify.Finding;
import org.logokit.verify.Freshness;
import org.logokit.verify.ManifestFile;
import org.logokit.verify.PixelChange;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit check}: is the output folder what render would make now? For CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Tell whether the output folder is what render would make now, without "
        + "writing to it. Compares hashes of masters, config and files with the manifest; "
        + "--pixels also renders in memory and compares pixels.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  logokit check                          hashes and headers, no rendering",
        "  logokit check --pixels --report r/     render in memory, write a visual diff",
        "  logokit check --pixels --format github annotations for a pull request",
        "%nExit codes: 0 current, 1 findings, 2 bad usage or config."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KitOptions kitOptions;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder holding the outputs and manifest.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--pixels",
      description = "Also render every output in memory and compare pixels with the files.")
  boolean pixels;

  @Option(names = "--report", paramLabel = "DIR",
      description = "With --pixels: write a visual diff (old, new, difference, index.html) "
          + "of every changed output into DIR.")
  Path report;

  @Mixin ReportOptions reporting;

  @Option(names = "--jobs", paramLabel = "N",
      description = "With --pixels: masters rendered at once (default: the number of cores).")
  Integer jobs;

  /**
   * What the summary says of outputs another encoder made: not findings, since their pixels
   * are what render makes (proved with --pixels), but their bytes are not this logokit's.
   */
  private String bytesOnlyNote(List<Freshness.BytesOnly> bytesOnly) {
    Freshness.BytesOnly first = bytesOnly.get(0);
    return LogokitCommand.count(bytesOnly.size(), "output") + " made by another encoder ("
        + Shown.of(first.recorded()) + ", this logokit's " + first.current() + "): "
        + (pixels ? "same pixels" : "same pixels unless --pixels says otherwise")
        + ", other bytes; '" + kitOptions.renderCommand(out) + " --reencode' rewrites "
        + (bytesOnly.size() == 1 ? "it" : "them");
  }

  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    PrintWriter err = io.err();
    if (report != null && !pixels) {
      err.println("error: --report needs --pixels");
      return LogokitCommand.USAGE;
    }
    if (pixels) {
      Warmup.inBackground(); // the pipeline loads on the other core while the config is read
    }
    OutputFolder folder = null;
    IOException folderProblem = null;
    try {
      folder = OutputFolder.open(out, false);
    } catch (NoSuchFileException e) {
      // nothing rendered yet: every output is missing
    } catch (IOException e) {
      folderProblem = e;
    }
    // The contact sheet depends on the output folder alone: it is made anew and compared on
    // the other core while this one reads the config and checks the files.
    // The manifest is read once, there too, for both.
    OutputFolder sheetFolder = folder;
    CompletableFuture<ManifestFile.Attempt> manifest = sheetFolder == null
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.supplyAsync(() -> ManifestFile.Attempt.of(sheetFolder));
    CompletableFuture<Finding> sheet = sheetFolder == null
        ? CompletableFuture.completedFuture(null)
        : manifest.thenApply(m -> ContactSheet.check(sheetFolder, m.read()));
    Kit kit;
    try {
      kit = kitOptions.loadOrThrow();
    } catch (KitException e) {
      // In CI formats the config's problems are findings like any other: a JSON document or
      // annotations on the config's lines, not just lines on stderr.
      if (reporting.format == ReportFormat.TEXT) {
        e.diagnostics().forEach(d -> err.println("error: " + d));
      } else {
        new FindingsPrinter("check", kitOptions.assets, out).print(reporting.format, List.of(),
            e.diagnostics(), null, io.out());
      }
      return LogokitCommand.USAGE;
    }
    if (folderProblem != null) {
      err.println("error: " + folderProblem.getMessage());
      return LogokitCommand.USAGE;
    }
    Checker.Result checked = Checker.assess(kit, kitOptions.assets, folder, joined(manifest));
    List<Finding> findings = new ArrayList<>(checked.findings());
    Finding sheetFinding = joined(sheet);
    if (sheetFinding != null) {
      findings.add(sheetFinding);
    }
    // A missing font is an error here; --pixels finds it while rendering.
    List<Diagnostic> failures = pixels ? List.of() : FontCheck.problems(kit, kitOptions.assets);
    if (pixels) {
      if (!reporting.quiet) {
        err.println("check: rendering " + LogokitCommand.count(kit.masters().size(), "master")
            + " in memory to compare pixels");
      }
      PixelCheck.Result result = folder == null ? new PixelCheck.Result(List.of(), List.of())
          : PixelCheck.compare(kit, kitOptions.assets, folder,
          jobs == null ? RenderOptions.defaultJobs() : Math.max(1, jobs));
      result.changes().stream().map(PixelChange::finding).forEach(findings::add);
      findings.sort(Comparator.comparing(Finding::path)); // a path's two findings side by side
      failures = result.failures();
      if (report != null) {
        err.println("check: visual diff written to " + DiffReport.write(report,
            result.changes()));
      }
    }
    boolean current = findings.isEmpty() && failures.isEmpty();
    String summary = current ? "check: " + Shown.of(out.toString()) + " is current"
        : "check: " + LogokitCommand.count(findings.size(), "finding") + (failures.isEmpty() ? ""
            : ", " + LogokitCommand.count(failures.size(), "master") + " could not render")
            + " in " + Shown.of(out.toString()) + " (run '" + kitOptions.renderCommand(out)
            + "' to update it)";
    if (!checked.bytesOnly().isEmpty()) {
      summary += "; " + bytesOnlyNote(checked.bytesOnly());
    }
    new FindingsPrinter("check", kitOptions.assets, out).print(reporting.format, findings,
        failures, checked.bytesOnly(), reporting.quiet ? null : summary, io.out());
    return current ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }
}
