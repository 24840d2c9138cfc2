package org.logokit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.logokit.write.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code logokit man --dir DIR}: a roff man page per command ({@code logokit.1},
 * {@code logokit-render.1}, ...), made from the same model as {@code --help}, that
 * {@code man -l} reads as it is.
 */
@Command(name = "man", mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Write a roff man page for logokit and each of its commands into DIR.",
    footerHeading = "%nExample:%n",
    footer = {"  logokit man --dir man && man -l man/logokit-render.1"})
final class ManCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", defaultValue = "man", paramLabel = "DIR",
      description = "Folder to write the pages to, made if missing (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    // Made folder by folder, each checked before the next is made in it: never through a link.
    OutputFolder folder = OutputFolder.open(dir, true);
    CommandSpec top = spec.parent();
    folder.write("logokit.1", page(top, "logokit").getBytes(StandardCharsets.UTF_8));
    int n = 1;
    for (CommandLine sub : top.subcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      if (s.usageMessage().hidden() || s.name().equals("help")) {
        continue;
      }
      folder.write("logokit-" + s.name() + ".1", page(s, "logokit-" + s.name())
          .getBytes(StandardCharsets.UTF_8));
      n++;
    }
    Console.of(spec).err().println("man: wrote " + n + " pages into " + dir);
    return LogokitCommand.OK;
  }

  /** One page in roff (man(7) macros). */
  static String page(CommandSpec s, String name) {
    StringBuilder r = new StringBuilder();
    r.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"logokit\" ")
        .append("\"logokit manual\"\n");
    r.append(".SH NAME\n").append(roff(name)).append(" \\- ")
        .append(roff(String.join(" ", s.usageMessage().description()))).append('\n');
    r.append(".SH SYNOPSIS\n.nf\n").append(roff(new CommandLine.Help(s,
        CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)).synopsis(0).strip()))
        .append("\n.fi\n");
    r.append(".SH OPTIONS\n");
    for (OptionSpec o : s.options()) {
      if (o.hidden()) {
        continue;
      }
      r.append(".TP\n\\fB").append(roff(String.join(", ", o.names()))).append("\\fR");
      if (o.arity().max() > 0) {
        r.append(" \\fI").append(roff(o.paramLabel())).append("\\fR");
      }
      r.append('\n').append(roff(String.join(" ", o.description())
          .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())))).append('\n');
    }
    if (!s.subcommands().isEmpty()) {
      r.append(".SH COMMANDS\n");
      s.subcommands().forEach((n, c) -> r.append(".TP\n\\fB").append(roff(n)).append("\\fR\n")
          .append(roff(String.join(" ", c.getCommandSpec().usageMessage().description())))
          .append('\n'));
    }
    String[] footer = s.usageMessage().footer();
    if (footer.length > 0) {
      r.append(".SH EXAMPLES\n.nf\n");
      for (String line : footer) {
        r.append(roff(line.replace("%n", ""))).append('\n');
      }
      r.append(".fi\n");
    }
    r.append(".SH EXIT STATUS\n0 done and nothing wrong; 1 the work found a problem (a master ")
        .append("that failed, a finding); 2 bad usage or a bad kit config.\n");
    return r.toString();
  }

  /** Text safe in roff: backslashes escaped, no line starting with a control character. */
  static String roff(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.replace("\\", "\\e").split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
    }
    return out.toString().replace("-", "\\-");
  }
}
