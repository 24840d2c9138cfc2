package org.logokit.kit;

/**
 * A problem in user input: the file it is in, the line where known (0 when not), and a sentence
 * saying what is wrong.
 */
public record Diagnostic(String file, int line, String message) {

  public static Diagnostic of(String file, String message) {
    return new Diagnostic(file, 0, message);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
