package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the subcommand a run names is built; help, suggestions and man pages still see all. */
class LazySubcommandsTest {
  private static Set<String> built(String... args) {
    return LogokitCommand.commandLine(args).getSubcommands().keySet();
  }

  @Test
  void aRunBuildsOnlyTheCommandItNames() {
    assertEquals(Set.of("check"), built("check", "--pixels"));
    assertEquals(Set.of("render"), built("render"));
    assertEquals(Set.of(), built("--version"));
  }

  @Test
  void helpManCompletionAndUnknownNamesSeeEveryCommand() {
    List<String> all = List.of("render", "convert", "verify", "check", "page", "import",
        "compare", "help", "generate-completion", "man");
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "check"}, {"man"},
        {"generate-completion"}, {"rendr"}}) {
      assertEquals(Set.copyOf(all), built(args), String.join(" ", args));
    }
  }

  @Test
  void aTypoStillGetsDidYouMean() {
    StringWriter err = new StringWriter();
    CommandLine cli = LogokitCommand.commandLine("rendr");
    cli.setErr(new PrintWriter(err));
    assertEquals(LogokitCommand.USAGE, cli.execute("rendr"));
    assertEquals("error: 'rendr' is not a logokit command (did you mean 'render'?)\n"
        + "try 'logokit --help'\n", err.toString().replace("\r\n", "\n"));
  }
}
