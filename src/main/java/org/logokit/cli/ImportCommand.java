package org.logokit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.logokit.adopt.Adoption;
import org.logokit.adopt.Importer;
import org.logokit.text.PathRules;
import org.logokit.text.ShellWord;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code logokit import DIR}: the kit config that reproduces an existing kit's exports. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Read a folder of SVG masters and the PNG, ICO, ICNS and TIFF files exported "
        + "from them, and write the kit config that reproduces those files (same paths, sizes "
        + "and pHYs). Files it cannot place are listed on stderr, one line each.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The existing kit: masters and exports.")
  Path dir;

  @Option(names = "--write", paramLabel = "FILE",
      description = "Write the config to FILE (its folder must exist) instead of stdout.")
  Path write;

  @Option(names = {"-q", "--quiet"}, description = "Print problems only: no summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    OutputFolder folder;
    try {
      folder = OutputFolder.open(dir, false);
    } catch (NoSuchFileException e) {
      io.err().println("error: " + Shown.of(dir.toString()) + ": no such folder");
      return LogokitCommand.USAGE;
    } catch (IOException e) {
      io.err().println("error: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    Adoption a = Importer.adopt(folder);
    for (Adoption.Reported r : a.reported()) {
      io.err().println(folder.shown(r.path()) + ": " + r.reason());
    }
    for (Adoption.Reported n : a.notes()) {
      io.err().println("note: " + folder.shown(n.path()) + ": " + n.reason());
    }
    if (!quiet) {
      for (String m : a.unused()) {
        io.err().println("note: " + folder.shown(m) + ": no export was made from it; left out "
            + "of the config");
      }
    }
    if (a.config() == null) {
      io.err().println("import: no file could be placed; no config written");
      return LogokitCommand.PROBLEMS;
    }
    if (write == null) {
      a.config().lines().forEach(io.out()::println);
      io.out().flush();
    } else if (!writeConfig(a.config(), io)) {
      return LogokitCommand.USAGE;
    }
    if (!quiet) {
      String assets = dir.resolve(a.mastersRoot()).normalize().toString();
      String kit = dir.resolve(a.exportsRoot()).normalize().toString();
      io.err().println("import: " + a.placed().size() + " of " + (a.placed().size()
          + a.reported().size()) + " files placed, " + LogokitCommand.count(a.reported().size(),
          "file") + " reported; masters in " + Shown.of(assets) + ", exports in "
          + Shown.of(kit));
      // The kit's folder names are the pull request's: each path is one quoted shell word, so
      // pasting the line runs logokit and nothing else.
      io.err().println(Shown.of("import: next, logokit render --assets " + ShellWord.of(assets)
          + " --config " + (write == null ? "FILE" : ShellWord.of(write.toString()))
          + " --out OUT, then logokit compare " + ShellWord.of(kit) + " --out OUT"));
    }
    return a.reported().isEmpty() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }

  private boolean writeConfig(String config, Console io) {
    Path parent = write.toAbsolutePath().getParent();
    String name = write.getFileName() == null ? "" : write.getFileName().toString();
    String problem = PathRules.nameProblem(name);
    if (problem != null) {
      io.err().println("error: --write " + Shown.quoted(write.toString()) + ": the file name "
          + problem);
      return false;
    }
    try {
      OutputFolder.open(parent, false).write(name, config.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      io.err().println("error: --write " + Shown.of(write.toString()) + ": "
          + OutputFolder.reason(e));
      return false;
    }
  }
}
