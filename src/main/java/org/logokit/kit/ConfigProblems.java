package org.logokit.kit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.logokit.text.Shown;

/**
 * The problems found while the config is parsed, so that one run reports all of them: an
 * unknown key or a bad target does not stop the parse, it is noted with its line (and a "did
 * you mean") and the parse goes on. Kept as an attribute of Jackson's deserialization context.
 */
final class ConfigProblems {
  static final String KEY = "logokit.problems";

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  ConfigProblems(String file) {
    this.file = file;
  }

  List<Diagnostic> found() {
    return found;
  }

  void add(int line, String message) {
    found.add(new Diagnostic(file, line, message));
  }

  /** The collector of the parse in progress, or {@code null} outside a config parse. */
  static ConfigProblems of(DeserializationContext ctxt) {
    return (ConfigProblems) ctxt.getAttribute(KEY);
  }

  /** Where the parser is, as messages name a key: {@code masters[0].targets[1]}. */
  static String key(JsonParser p) {
    StringBuilder sb = new StringBuilder();
    for (String part : p.getParsingContext().pathAsPointer().toString().split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      sb.append(part.matches("\\d+") ? "[" + part + "]" : (sb.length() == 0 ? "" : ".") + part);
    }
    return sb.toString();
  }

  /** Notes an unknown key, with the closest known one, and skips its value. */
  static final class UnknownKeys extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        JsonDeserializer<?> deserializer, Object bean, String name) throws IOException {
      ConfigProblems problems = of(ctxt);
      if (problems == null) {
        return false;
      }
      Collection<Object> known = deserializer instanceof BeanDeserializerBase b
          ? b.getKnownPropertyNames() : List.of();
      String guess = DidYouMean.closest(name, known.stream().map(Object::toString).toList());
      problems.add(p.currentTokenLocation().getLineNr(), "unknown key " + Shown.quoted(name)
          + (guess != null ? " (did you mean '" + guess + "'?)"
              : known.isEmpty() ? "" : " (known keys: " + String.join(", ",
                  known.stream().map(Object::toString).sorted().toList()) + ")"));
      p.skipChildren();
      return true;
    }
  }
}
