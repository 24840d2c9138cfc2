package org.logokit.adopt;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.logokit.cli.LogokitCommand;

/** logokit's real command line with captured output; never a stack trace. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LogokitCommand.commandLine().setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
    Run r = new Run(exit, out.toString(), err.toString());
    assertFalse((r.out + r.err).contains("\tat ") || (r.out + r.err).contains("Exception"),
        r.out + r.err);
    return r;
  }
}
