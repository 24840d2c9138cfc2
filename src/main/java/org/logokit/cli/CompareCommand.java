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

  @Option(names = "--region-tolerance", paramLabel = "MEAN", defaultValue = "10",
      description = "Largest mean difference per channel (0-255) the worst window of a file "
          + "(an eighth of its shorter side) may have: what a file's mean hides when part of "
          + "the artwork is lost (default: ${DEFAULT-VALUE}).")
  double regionTolerance;

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
    if (!(tolerance >= 0 && tolerance <= 255) || !(regionTolerance >= 0
        && regionTolerance <= 255)) {
      io.err().println("error: --tolerance and --region-tolerance must be 0 to 255");
      return LogokitCommand.USAGE;
    }
    OutputFolder kit = open(dir, io);
    OutputFolder render = kit == null ? null : open(out, io);
    if (render == null) {
      return LogokitCommand.USAGE;
    }
    KitComparison.Result r = KitComparison.compare(kit, render, tolerance, regionTolerance);
    for (KitComparison.FileResult f : r.files()) {
      if (!f.matches()) {
        io.out().println(kit.shown(f.path()) + ": " + f.problem() + figures(f, ", "));
      } else if (!quiet) {
        io.out().println(kit.shown(f.path()) + ": matches, " + f.kit().width() + "x"
            + f.kit().height() + (f.kit().pixelsPerMeter() < 0 ? ", no pHYs in the kit "
                + "(rendered " + f.render().pixelsPerMeter() + " px/m)"
                : ", pHYs " + f.kit().pixelsPerMeter() + " px/m"
                + (f.kit().pixelsPerMeter() == f.render().pixelsPerMeter() ? ""
                    : " (rendered " + f.render().pixelsPerMeter() + ")"))
            + figures(f, ", "));
      }
    }
    if (report != null) {
      io.err().println("compare: visual diff written to " + Shown.of(DiffReport.write(report,
          r.changes()).toString()));
    }
    if (!quiet) {
      // Counted over the files compare looked at (in both folders); the others apart.
      long both = r.files().stream().filter(KitComparison.FileResult::inBoth).count();
      long bad = r.files().stream().filter(f -> f.inBoth() && !f.matches()).count();
      long kitOnly = r.files().stream().filter(f -> !f.inBoth() && f.problem()
          .startsWith("in the kit")).count();
      long renderOnly = r.files().size() - both - kitOnly;
      KitComparison.FileResult worst = r.worst();
      KitComparison.FileResult region = r.worstRegion();
      io.out().println(String.format(Locale.ROOT, "compare: %d files, %d match, %d differ "
          + "(tolerance: mean %s per channel, %s in any region)", both, both - bad, bad,
          tolerance, regionTolerance)
          + (kitOnly + renderOnly == 0 ? "" : String.format(Locale.ROOT, "; besides, %d only "
              + "in the kit, %d only rendered", kitOnly, renderOnly))
          + String.format(Locale.ROOT, "; pixels: mean %.3f, max %d", r.mean(), r.max())
          + (worst == null ? "" : String.format(Locale.ROOT, ", worst file %s (mean %.3f)",
              Shown.of(worst.path()), worst.comparison().mean()))
          + (region == null ? "" : String.format(Locale.ROOT, ", worst region %.1f in %s",
              region.region().mean(), Shown.of(region.path()))));
    }
    return r.matches() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }

  /** A compared file's figures: its mean, max and worst region. */
  private static String figures(KitComparison.FileResult f, String before) {
    if (f.comparison() == null) {
      return "";
    }
    return before + String.format(Locale.ROOT, "mean %.3f, max %d, worst region %.1f",
        f.comparison().mean(), f.comparison().max(), f.region().mean());
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
