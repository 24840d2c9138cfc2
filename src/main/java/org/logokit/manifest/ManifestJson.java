package org.logokit.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.logokit.text.KeepPatterns;
import org.logokit.text.Shown;
import org.logokit.text.StableJson;

/**
 * The manifest's JSON form: two-space indent, '\n' line ends on every OS, no timestamps.
 *
 * <p>Reading treats the file as untrusted (a pull request can commit any manifest): duplicate
 * keys and deep nesting are refused, and each output record is checked on its own by
 * {@link ManifestEntries}. A bad record is dropped with a problem that says why; the good ones
 * are kept, so one bad line never stops a render.
 */
public final class ManifestJson {
  /** A manifest of a 100,000-output kit is ~50 MB; anything larger is not one. */
  public static final long MAX_BYTES = 64L << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
      .build())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectWriter WRITER = StableJson.writer(MAPPER);

  private ManifestJson() {}

  /**
   * A manifest as read: the records that passed, and one problem per record that did not.
   *
   * @param problems each names the record (its index and path where known) and the reason
   */
  public record Read(Manifest manifest, List<String> problems) {}

  public static byte[] write(Manifest manifest) {
    return StableJson.bytes(WRITER, manifest);
  }

  /**
   * @throws IOException with a one-line reason when the bytes are not a manifest of a known
   *     schema at all
   */
  public static Read read(byte[] json) throws IOException {
    if (json.length > MAX_BYTES) {
      throw new IOException("not a logokit manifest: over " + MAX_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException("not a logokit manifest: " + Shown.of(e.getOriginalMessage()
          .lines().findFirst().orElse("").replaceAll(" \\(.*", "")));
    }
    if (root == null || root.isMissingNode()) {
      throw new IOException("not a logokit manifest: the file is empty");
    }
    if (!root.isObject()) {
      throw new IOException("not a logokit manifest: not a JSON object");
    }
    JsonNode schema = root.get("schema");
    if (schema == null || !schema.isInt() || schema.intValue() < 1
        || schema.intValue() > Manifest.SCHEMA) {
      throw new IOException("manifest schema " + (schema == null ? "missing"
          : schema.isInt() ? schema.toString() : Shown.quoted(schema.toString()))
          + " is not supported (this logokit reads 1 to " + Manifest.SCHEMA + ")");
    }
    List<String> problems = new ArrayList<>();
    List<ManifestEntry> outputs = ManifestEntries.parse(root.get("outputs"), MAPPER, problems);
    return new Read(new Manifest(schema.intValue(), text(root, "tool"),
        text(root, "toolVersion"), text(root, "encoding"), text(root, "config"),
        text(root, "configSha256"), keep(root.get("keep"), problems), outputs,
        fonts(root.get("fonts"), problems)), problems);
  }

  /** The {@code keep} globs: plain relative patterns, the others dropped as problems. */
  private static List<String> keep(JsonNode node, List<String> problems) {
    List<String> keep = new ArrayList<>();
    if (node == null || node.isNull()) {
      return keep;
    }
    if (!node.isArray()) {
      problems.add("'keep' is not a list");
      return keep;
    }
    for (JsonNode n : node) {
      String p = n.isTextual() ? KeepPatterns.problem(n.textValue()) : "is not a string";
      if (p == null) {
        keep.add(n.textValue());
      } else {
        problems.add("'keep' pattern " + (n.isTextual() ? Shown.quoted(n.textValue()) + " " : "")
            + p);
      }
    }
    return keep;
  }

  /** The kit's font files: a plain relative path each, with a hash or none. */
  private static List<FontEntry> fonts(JsonNode node, List<String> problems) {
    List<FontEntry> fonts = new ArrayList<>();
    if (node == null || node.isNull()) {
      return fonts;
    }
    if (!node.isArray()) {
      problems.add("'fonts' is not a list");
      return fonts;
    }
    for (JsonNode n : node) {
      String file = n.isObject() && n.path("file").isTextual() ? n.get("file").textValue() : null;
      JsonNode sha = n.isObject() ? n.get("sha256") : null;
      boolean shaOk = sha == null || sha.isNull()
          || sha.isTextual() && sha.textValue().matches("[0-9a-f]{64}");
      if (file == null || org.logokit.text.PathRules.relativePathProblem(file, false) != null
          || !shaOk) {
        problems.add("a 'fonts' record is not a font file and its hash");
        continue;
      }
      fonts.add(new FontEntry(file, sha == null || sha.isNull() ? null : sha.textValue()));
    }
    return fonts;
  }

  /** A top-level string field, or {@code null} when it is absent or not a string. */
  private static String text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n != null && n.isTextual() ? n.textValue() : null;
  }

}
