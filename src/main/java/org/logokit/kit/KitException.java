package org.logokit.kit;

import java.util.List;
import java.util.stream.Collectors;

/** The kit config could not be used; carries every problem found, not just the first. */
public final class KitException extends Exception {
  private final List<Diagnostic> diagnostics;

  public KitException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
