package org.logokit.cli;

import java.io.PrintWriter;
import org.logokit.manifest.BuildInfo;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code logokit}: the top command, which only dispatches to its subcommands. */
@Command(
    name = "logokit",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Renders SVG logo masters into every PNG a kit needs, and proves they are "
        + "current.",
    subcommands = {RenderCommand.class, ConvertCommand.class, VerifyCommand.class,
        CheckCommand.class, PageCommand.class, ImportCommand.class, CompareCommand.class,
        CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class, ManCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  logokit render                     render assets/ into output/",
        "  logokit check --pixels             is output/ what render makes now? (for CI)",
        "  logokit convert logo.svg --size 256",
        "  logokit import old-kit/ --write assets/logokit.yaml",
        "%nExit codes: 0 ok, 1 the work found a problem, 2 bad usage or a bad kit config."})
public final class LogokitCommand implements Runnable {
  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: render, "
        + "convert, verify, check, page, import, compare");
  }

  /** The configured command line; tests give it their own writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new LogokitCommand());
    cli.setParameterExceptionHandler((e, args) -> {
      // A usage error is one line and a pointer to help, not a wall of usage text.
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = SafePrintWriter.of(cmd.getErr());
      err.println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("try '" + cmd.getCommandSpec().qualifiedName() + " --help'");
      err.flush();
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // Input problems are reported by the commands themselves; what lands here is I/O.
      PrintWriter err = SafePrintWriter.of(cmd.getErr());
      err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()));
      err.flush();
      return PROBLEMS;
    });
    return cli;
  }

  /** "1 file", "3 files". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"logokit " + BuildInfo.version()};
    }
  }
}
