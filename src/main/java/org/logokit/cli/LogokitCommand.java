package org.logokit.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The subcommands, by name. picocli builds a command's whole model (options, help, type
   * converters) when it is added: for all ten that cost every run 0.14 s before its work.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("render", RenderCommand.class);
    m.put("convert", ConvertCommand.class);
    m.put("verify", VerifyCommand.class);
    m.put("check", CheckCommand.class);
    m.put("page", PageCommand.class);
    m.put("import", ImportCommand.class);
    m.put("compare", CompareCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    m.put("generate-completion", AutoComplete.GenerateCompletion.class);
    m.put("man", ManCommand.class);
    return m;
  }

  /** The command line with every subcommand; tests give it their own writers. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.keySet());
  }

  /**
   * The command line for these arguments: only the subcommand they name, when they start with
   * one that works alone; every subcommand otherwise (no command, an unknown one for "did you
   * mean", {@code help}, the man pages and completion, which describe them all).
   */
  public static CommandLine commandLine(String... args) {
    String first = args.length == 0 ? "" : args[0];
    boolean alone = SUBCOMMANDS.containsKey(first) && !first.equals("help")
        && !first.equals("man") && !first.equals("generate-completion");
    if (first.equals("--version") || first.equals("-V")) {
      return commandLine(List.of());
    }
    return commandLine(alone ? List.of(first) : SUBCOMMANDS.keySet());
  }

  private static CommandLine commandLine(Collection<String> names) {
    CommandLine cli = new CommandLine(new LogokitCommand());
    for (String name : names) {
      cli.addSubcommand(name, SUBCOMMANDS.get(name));
    }
    cli.setParameterExceptionHandler((e, args) -> {
      // A usage error is one line and a pointer to help, not a wall of usage text.
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = SafePrintWriter.of(cmd.getErr());
      err.println("error: " + usageProblem(e));
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

  /**
   * picocli's message in logokit's words: an unknown command named as such, and its closest
   * command or option as "did you mean" on the same line, not a list of candidates.
   */
  static String usageProblem(CommandLine.ParameterException e) {
    String message = e.getMessage().replaceFirst("^Error: ", "");
    if (!(e instanceof CommandLine.UnmatchedArgumentException u)) {
      return message;
    }
    List<String> unmatched = u.getUnmatched();
    CommandLine cmd = e.getCommandLine();
    if (cmd.getParent() == null && !unmatched.isEmpty() && !u.isUnknownOption()
        && !cmd.getSubcommands().isEmpty()) {
      message = "'" + unmatched.get(0) + "' is not a logokit command";
    }
    List<String> suggestions = u.getSuggestions();
    return suggestions.isEmpty() ? message
        : message + " (did you mean '" + suggestions.get(0) + "'?)";
  }

  /** "1 file", "3 files". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** logokit's version, the Java it runs on, and whether the start-up cache is in use. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"logokit " + BuildInfo.version(),
          "Java " + System.getProperty("java.runtime.version") + " ("
              + System.getProperty("java.home") + ")",
          "start-up cache: " + startUpCache(System.getProperty("logokit.aotCache"),
              System.getProperty("java.vm.info", ""))};
    }

    /**
     * What the launcher did with the ahead-of-time cache ({@code use:PATH}, {@code make:PATH}
     * or {@code none:WHY}, in {@code -Dlogokit.aotCache}), checked against the JVM: a cache it
     * could not map leaves it without sharing, which {@code java.vm.info} shows.
     */
    static String startUpCache(String launcher, String vmInfo) {
      if (launcher == null) {
        return "none: not started by the logokit launcher (java -jar runs without one)";
      }
      int colon = launcher.indexOf(':');
      String what = colon < 0 ? launcher : launcher.substring(0, colon);
      String detail = colon < 0 ? "" : launcher.substring(colon + 1);
      return switch (what) {
        case "use" -> vmInfo.contains("sharing") ? "in use (" + detail + ")"
            : "none: the JVM could not use " + detail + " (delete it: the next command makes"
                + " it anew)";
        case "make" -> "being made on this run, for the next ones (" + detail + ")";
        default -> "none: " + detail;
      };
    }
  }
}
