package org.logokit.kit;

import java.util.regex.Pattern;

/**
 * Takes Java's words out of a parser's message before a user reads it: an exception's class
 * ({@code java.io.CharConversionException: }), a type in backticks
 * ({@code `java.util.ArrayList<...KitFile$Entry>`}), a parser event
 * ({@code <org.yaml.snakeyaml.events.SequenceStartEvent(...)>}).
 */
final class JavaNames {
  private static final Pattern EXCEPTION = Pattern.compile(
      "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");
  private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");
  private static final Pattern EVENT = Pattern.compile(
      "<?\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*(?:\\([^)]*\\))?>?");

  private JavaNames() {}

  static String scrub(String message) {
    String s = EXCEPTION.matcher(message).replaceAll("");
    s = BACKTICKED.matcher(s).replaceAll("value");
    s = EVENT.matcher(s).replaceAll("a value of another kind");
    // Jackson's types are named for the list a key expects; say that in words.
    return s.replace("Cannot deserialize value of type value from", "expected a list or a "
        + "mapping here, found").replace("Cannot deserialize value of type value", "wrong type");
  }
}
