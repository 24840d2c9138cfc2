package org.logokit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.logokit.verify.Finding;
import org.logokit.verify.PageLinks;
import org.logokit.verify.Verifier;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit verify}: the output folder matches its manifest. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Check that every file in the output folder matches manifest.json (size, "
        + "DPI, hash) and that nothing is missing or extra. Does not need the masters.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  logokit verify",
        "  logokit verify --page press-kit.md --out output",
        "%nExit codes: 0 the folder matches, 1 findings, 2 bad usage."})
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder holding manifest.json and the outputs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin ReportOptions reporting;

  @Option(names = "--page", paramLabel = "FILE",
      description = "Instead of the manifest, check that every image the kit page FILE links "
          + "is a file in the folder (matched by file name).")
  Path page;

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    OutputFolder folder;
    try {
      folder = OutputFolder.open(out, false);
    } catch (NoSuchFileException e) {
      io.err().println("error: " + Shown.of(out.toString()) + ": no such folder");
      return LogokitCommand.USAGE;
    } catch (IOException e) {
      io.err().println("error: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    if (page != null) {
      return verifyPage(io);
    }
    List<Finding> findings = Verifier.verify(folder);
    String shownOut = Shown.of(out.toString());
    String summary = findings.isEmpty() ? "verify: " + shownOut + " matches its manifest"
        : "verify: " + LogokitCommand.count(findings.size(), "problem") + " in " + shownOut;
    new FindingsPrinter("verify", null, out).print(reporting.format, findings, List.of(),
        reporting.quiet ? null : summary, io.out());
    return findings.isEmpty() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }

  private int verifyPage(Console io) throws IOException {
    if (!Files.exists(page, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      io.err().println("error: " + org.logokit.text.Shown.of(page.toString()) + ": no such file");
      return LogokitCommand.USAGE;
    }
    if (Files.isSymbolicLink(page) || !Files.isRegularFile(page)) {
      io.err().println("error: " + org.logokit.text.Shown.of(page.toString())
          + ": not a regular file (a link is not followed)");
      return LogokitCommand.USAGE;
    }
    List<PageLinks.Broken> broken = PageLinks.check(page, OutputFolder.open(out, false));
    var stdout = io.out();
    for (PageLinks.Broken b : broken) {
      stdout.println(page + ":" + b.line() + ": " + b.link() + ": no file named '" + b.name()
          + "' in " + out);
    }
    if (!reporting.quiet) {
      stdout.println(broken.isEmpty() ? "verify: every image " + page + " links is in " + out
          : "verify: " + LogokitCommand.count(broken.size(), "broken image link") + " in "
              + page);
    }
    stdout.flush();
    return broken.isEmpty() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }
}
