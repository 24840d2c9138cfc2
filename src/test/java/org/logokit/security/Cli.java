package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.logokit.cli.LogokitCommand;

/** Runs logokit's real command line with captured output. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
    Cli r = new Cli(exit, out.toString(), err.toString());
    r.assertNoStackTraceNorCommand();
    return r;
  }

  String all() {
    return out + err;
  }

  /**
   * No line is a Java stack frame, and none could be a GitHub workflow command but logokit's
   * own annotations ({@code --format github}): {@code ::error <properties>::<message>} with no
   * further {@code ::}; and none holds the legacy {@code ##[}.
   */
  void assertNoStackTraceNorCommand() {
    for (String line : all().split("\n", -1)) {
      assertFalse(line.startsWith("\tat ") || line.contains("Exception:")
          || line.contains("Caused by"), "stack trace: " + all());
      boolean ownAnnotation = line.startsWith("::error file=")
          && line.split("::", -1).length == 3;
      assertFalse(line.strip().startsWith("::") && !ownAnnotation || line.contains("##["),
          "a workflow command could form: " + line);
    }
  }
}
