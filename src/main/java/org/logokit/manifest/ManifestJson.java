package org.logokit.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The manifest's JSON form: two-space indent, '\n' line ends on every OS, no timestamps. */
public final class ManifestJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ManifestJson() {}

  public static byte[] write(Manifest manifest) {
    try {
      return (WRITER.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest records always serialise", e);
    }
  }

  /**
   * @throws IOException with a one-line reason when the bytes are not a manifest of a known schema
   */
  public static Manifest read(byte[] json) throws IOException {
    Manifest m;
    try {
      m = MAPPER.readValue(json, Manifest.class);
    } catch (JsonProcessingException e) {
      throw new IOException("not a logokit manifest: " + e.getOriginalMessage()
          .lines().findFirst().orElse(""));
    }
    if (m == null) {
      throw new IOException("not a logokit manifest: the file is empty");
    }
    if (m.schema() != Manifest.SCHEMA) {
      throw new IOException("manifest schema " + m.schema() + " is not supported (this logokit "
          + "reads " + Manifest.SCHEMA + ")");
    }
    return m;
  }
}
