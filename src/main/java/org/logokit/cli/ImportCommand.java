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
    if (write != null && !writableFolder(io)) {
      return LogokitCommand.USAGE; // before the work, not after it
    }
    Adoption a = Importer.adopt(folder);
    // By cause, the largest group first, each file once: "no master: 12 files" and its lines.
    java.util.Map<String, java.util.List<Adoption.Reported>> byCause =
        new java.util.LinkedHashMap<>();
    a.reported().forEach(r -> byCause.computeIfAbsent(r.cause(), k -> new java.util.ArrayList<>())
        .add(r));
    byCause.entrySet().stream()
        .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
        .forEach(group -> {
          io.err().println("import: " + group.getKey() + ": " + LogokitCommand.count(
              group.getValue().size(), "file"));
          for (Adoption.Reported r : group.getValue()) {
            io.err().println(folder.shown(r.path()) + ": " + r.reason());
          }
        });
    if (!a.unread().isEmpty()) {
      int n = a.unread().values().stream().mapToInt(Integer::intValue).sum();
      io.err().println("import: " + LogokitCommand.count(n, "file") + " of formats import "
          + "does not read, left as they are: " + a.unread().entrySet().stream()
              .map(e -> e.getValue() + " " + e.getKey())
              .collect(java.util.stream.Collectors.joining(", ")));
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
      String assets = shownFolder(dir.resolve(a.mastersRoot()));
      String kit = shownFolder(dir.resolve(a.exportsRoot()));
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

  /** A folder as a person typed it, {@code .} rather than nothing for the current one. */
  private static String shownFolder(Path p) {
    String s = p.normalize().toString();
    return s.isEmpty() ? "." : s;
  }

  /** {@code --write}'s folder must exist (and be a folder) before the kit is read. */
  private boolean writableFolder(Console io) {
    Path parent = write.toAbsolutePath().getParent();
    if (parent == null || !java.nio.file.Files.isDirectory(parent,
        java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      io.err().println("error: --write " + Shown.of(write.toString()) + ": its folder "
          + Shown.of(String.valueOf(parent)) + " does not exist (or is not a folder); make it "
          + "first");
      return false;
    }
    return true;
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
