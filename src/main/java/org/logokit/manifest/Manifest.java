package org.logokit.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;

/**
 * What a render made.
 *
 * @param schema the manifest format's version, {@link #SCHEMA}
 * @param toolVersion the logokit version that wrote it
 * @param renderVersion {@link BuildInfo#renderVersion()} of the logokit that wrote it
 * @param encoding how PNGs were compressed: {@code fast} or {@code smallest}
 * @param config the kit config's file name, or {@code null} for the default kit
 * @param configSha256 of the config's bytes, or {@code null}
 * @param outputs sorted by path
 * @param fonts the kit's font files and their hashes, in config order; left out when none
 */
@JsonPropertyOrder({"schema", "tool", "toolVersion", "renderVersion", "encoding", "config",
    "configSha256", "fonts", "outputs"})
public record Manifest(int schema, String tool, String toolVersion, String renderVersion,
    String encoding, String config, String configSha256, List<ManifestEntry> outputs,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FontEntry> fonts) {
  public static final int SCHEMA = 1;
  public static final String FILE_NAME = "manifest.json";

  public Manifest {
    outputs = outputs == null ? List.of() : outputs.stream().sorted(Comparator.comparing(ManifestEntry::path)).toList();
    fonts = fonts == null ? List.of() : List.copyOf(fonts);
  }

  /** A manifest written by this build of logokit. */
  public static Manifest of(String encoding, String config, String configSha256,
      List<ManifestEntry> outputs) {
    return new Manifest(SCHEMA, "logokit", BuildInfo.version(), BuildInfo.renderVersion(),
        encoding, config, configSha256, outputs, List.of());
  }

  /** The same manifest recording the kit's font files. */
  public Manifest withFonts(List<FontEntry> fonts) {
    return new Manifest(schema, tool, toolVersion, renderVersion, encoding, config,
        configSha256, outputs, fonts);
  }
}
