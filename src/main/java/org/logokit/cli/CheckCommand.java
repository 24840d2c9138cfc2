package org.logokit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.logokit.pipeline.KitCheck;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.Warmup;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.report.DiffReport;
import org.logokit.verify.Finding;
import org.logokit.pipeline.Freshness;
import org.logokit.text.Shown;
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

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    PrintWriter err = io.err();
    if (report != null && !pixels) {
      err.println("error: --report needs --pixels");
      return LogokitCommand.USAGE;
    }
    int threads;
    try {
      threads = RenderOptions.jobs(jobs);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    if (pixels) {
      Warmup.inBackground(); // the pipeline loads on the other core while the config is read
    }
    KitCheck check = null;
    IOException folderProblem = null;
    try {
      check = KitCheck.begin(out); // reads the folder on the other core meanwhile
    } catch (IOException e) {
      folderProblem = e;
    }
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
    if (pixels && !reporting.quiet) {
      err.println("check: rendering " + LogokitCommand.count(kit.masters().size(), "master")
          + " in memory to compare pixels");
    }
    KitCheck.Report checked = check.run(kit, kitOptions.assets, pixels, threads);
    List<Finding> findings = checked.findings();
    List<Diagnostic> failures = checked.failures();
    if (report != null) {
      err.println("check: visual diff written to " + DiffReport.write(report,
          checked.changes()));
    }
    boolean current = findings.isEmpty() && failures.isEmpty();
    List<String> counts = new java.util.ArrayList<>();
    if (!findings.isEmpty()) { // counted as the lines show them: an output's share its line
      counts.add(LogokitCommand.count(findings.size(), "finding") + " in " + LogokitCommand.count(
          (int) findings.stream().map(Finding::path).distinct().count(), "output") + " of "
          + Shown.of(out.toString()));
    }
    if (!failures.isEmpty()) {
      counts.add(LogokitCommand.count((int) failures.stream().map(Diagnostic::file).distinct()
          .count(), "master") + " could not render");
    }
    String summary = current ? "check: " + Shown.of(out.toString()) + " is current"
        : "check: " + String.join(", ", counts) + " (run '" + kitOptions.renderCommand(out)
            + "' to update it)";
    if (!checked.bytesOnly().isEmpty()) {
      summary += "; " + bytesOnlyNote(checked.bytesOnly());
    }
    if (reporting.format == ReportFormat.TEXT && failures.isEmpty()
        && java.nio.file.Files.notExists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      // No folder at all (not rendered yet, or a typo in --out): one line, not one per master.
      PrintWriter stdout = io.out();
      stdout.println(Shown.of(out.toString()) + ": no such folder: every output is missing");
      if (!reporting.quiet) {
        stdout.println(summary);
      }
      stdout.flush();
      return LogokitCommand.PROBLEMS;
    }
    new FindingsPrinter("check", kitOptions.assets, out).print(reporting.format, findings,
        failures, checked.bytesOnly(), reporting.quiet ? null : summary, io.out());
    return current ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }
}
