package org.logokit.cli;

/** How {@code check} and {@code verify} print their findings. */
enum ReportFormat {
  /** One line per finding, for people. */
  TEXT,
  /** One JSON document, for scripts. */
  JSON,
  /** GitHub Actions workflow commands: each finding an error annotation on its file. */
  GITHUB
}
