package org.logokit.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.logokit.adopt.KitComparison;
import org.logokit.report.DiffReport;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code logokit compare DIR --out OUT}: does a render reproduce an existing kit? */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Compare an existing kit folder with a render, file by file: names, "
        + "dimensions, pHYs, and pixels (mean and max difference per channel, premultiplied "
        + "RGBA). Exit 0 when every file matches within the tolerance.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The existing kit's folder.")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "OUT",
      description = "The folder render wrote.")
  Path out;

  @Option(names = "--tolerance", paramLabel = "MEAN", defaultValue = "2.5",
      description = "Largest mean difference per channel (0-255) a file may have "
          + "(default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write a visual diff of every file that does not match into DIR, as "
          + "check --report does.")
  Path report;

  @Option(names = {"-q", "--quiet"},
      description = "Print the files that do not match only: no matching files, no summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    if (!(tolerance >= 0 && tolerance <= 255)) {
      io.err().println("error: --tolerance must be 0 to 255");
      return LogokitCommand.USAGE;
    }
    OutputFolder kit = open(dir, io);
    OutputFolder render = kit == null ? null : open(out, io);
    if (render == null) {
      return LogokitCommand.USAGE;
    }
    KitComparison.Result r = KitComparison.compare(kit, render, tolerance);
    for (KitComparison.FileResult f : r.files()) {
      if (!f.matches()) {
        io.out().println(kit.shown(f.path()) + ": " + f.problem());
      } else if (!quiet) {
        io.out().println(kit.shown(f.path()) + ": matches, " + f.kit().width() + "x"
            + f.kit().height() + (f.kit().pixelsPerMeter() < 0 ? ""
                : ", pHYs " + f.kit().pixelsPerMeter() + " px/m")
            + String.format(Locale.ROOT, ", mean %.3f, max %d", f.comparison().mean(),
                f.comparison().max()));
      }
    }
    if (report != null) {
      io.err().println("compare: visual diff written to " + Shown.of(DiffReport.write(report,
          r.changes()).toString()));
    }
    if (!quiet) {
      long bad = r.files().stream().filter(f -> !f.matches()).count();
      KitComparison.FileResult worst = r.worst();
      io.out().println(String.format(Locale.ROOT, "compare: %d files, %d match, %d differ "
          + "(tolerance: mean %s per channel); pixels: mean %.3f, max %d", r.files().size(),
          r.files().size() - bad, bad, tolerance, r.mean(), r.max())
          + (worst == null ? "" : String.format(Locale.ROOT, ", worst file %s (mean %.3f)",
              Shown.of(worst.path()), worst.comparison().mean())));
    }
    return r.matches() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }

  private static OutputFolder open(Path folder, Console io) {
    try {
      return OutputFolder.open(folder, false);
    } catch (NoSuchFileException e) {
      io.err().println("error: " + Shown.of(folder.toString()) + ": no such folder");
    } catch (IOException e) {
      io.err().println("error: " + e.getMessage());
    }
    return null;
  }
}
