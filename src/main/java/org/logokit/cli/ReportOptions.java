package org.logokit.cli;

import picocli.CommandLine.Option;

/** {@code --format} and {@code --quiet}, shared by the commands that report findings. */
final class ReportOptions {
  @Option(names = {"-q", "--quiet"},
      description = "Print findings and errors only: no progress, no summary line.")
  boolean quiet;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      converter = FormatConverter.class, completionCandidates = ReportOptions.Formats.class,
      description = "text, json or github (annotations) (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  /** Completion values of {@code --format}, as they are typed. */
  static final class Formats extends java.util.ArrayList<String> {
    Formats() {
      super(java.util.List.of("text", "json", "github"));
    }
  }
}
