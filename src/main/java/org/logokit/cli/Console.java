package org.logokit.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A command's two streams, both {@link SafePrintWriter}s over the writers picocli holds (tests
 * give it their own).
 */
record Console(SafePrintWriter out, SafePrintWriter err) {
  static Console of(CommandSpec spec) {
    return new Console(SafePrintWriter.of(spec.commandLine().getOut()),
        SafePrintWriter.of(spec.commandLine().getErr()));
  }
}
