package org.logokit.kit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads {@code light} or {@code dark}; a bad one is noted and the parse goes on. */
final class SchemeDeserializer extends StdDeserializer<Scheme> {
  SchemeDeserializer() {
    super(Scheme.class);
  }

  @Override
  public Scheme deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    try {
      return Scheme.parse(p.getValueAsString());
    } catch (IllegalArgumentException e) {
      ConfigProblems problems = ConfigProblems.of(ctxt);
      if (problems == null) {
        throw new JsonMappingException(p, e.getMessage(), p.currentTokenLocation());
      }
      p.skipChildren();
      problems.add(line, "bad value for '" + ConfigProblems.key(p) + "': "
          + e.getMessage());
      return null;
    }
  }
}
