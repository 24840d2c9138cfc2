package org.logokit.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;

/**
 * JSON as logokit writes every file and report of it (the manifest, icon sets' JSON, check's
 * JSON report): two-space indent, '\n' on every OS (Jackson's default indenter takes the
 * system's line separator), a final newline, UTF-8. The same value gives the same bytes on
 * every machine.
 */
public final class StableJson {
  private StableJson() {}

  /** {@code mapper}'s writer with logokit's layout. */
  public static ObjectWriter writer(ObjectMapper mapper) {
    return mapper.writer(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }

  /** {@code value} as a document: its JSON and a final newline. */
  public static String text(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("logokit's records, maps and trees always serialise", e);
    }
  }

  /** {@link #text} as UTF-8 bytes. */
  public static byte[] bytes(ObjectWriter writer, Object value) {
    return text(writer, value).getBytes(StandardCharsets.UTF_8);
  }
}
