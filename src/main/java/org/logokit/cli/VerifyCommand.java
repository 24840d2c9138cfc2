package org.logokit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.logokit.verify.Finding;
import org.logokit.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit verify}: the output folder matches its manifest. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Check that every file in the output folder matches manifest.json (size, "
        + "DPI, hash) and that nothing is missing or extra. Does not need the masters.")
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder holding manifest.json and the outputs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "text, json or github (annotations) (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(out)) {
      spec.commandLine().getErr().println("error: " + out + ": not a folder");
      return LogokitCommand.USAGE;
    }
    List<Finding> findings = Verifier.verify(out);
    String summary = findings.isEmpty() ? "verify: " + out + " matches its manifest"
        : "verify: " + LogokitCommand.count(findings.size(), "problem") + " in " + out;
    new FindingsPrinter("verify", null, out).print(format, findings, List.of(), summary,
        spec.commandLine().getOut());
    return findings.isEmpty() ? LogokitCommand.OK : LogokitCommand.PROBLEMS;
  }
}
