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
 * @param encoding how PNGs were compressed: {@code fast} or {@code smallest}
 * @param config the kit config's file name, or {@code null} for the default kit
 * @param configSha256 of the config's bytes, or {@code null}
 * @param outputs sorted by path
 * @param keep the kit's {@code keep:} globs: files in the folder that are not logokit's and
 *     are not findings (absent when there are none)
 * @param fonts the kit's font files and their hashes, in config order; left out when none
 */
@JsonPropertyOrder({"schema", "tool", "toolVersion", "encoding", "config",
    "configSha256", "keep", "fonts", "outputs"})
public record Manifest(int schema, String tool, String toolVersion, String encoding, String config, String configSha256,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> keep,
    List<ManifestEntry> outputs,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FontEntry> fonts) {
  /**
   * 2: each output records its renderer and encoder (1 had one render version for the whole
   * manifest; its records read as made by an unknown renderer, so they are rendered again).
   */
  public static final int SCHEMA = 2;
  public static final String FILE_NAME = "manifest.json";

  public Manifest {
    keep = keep == null ? List.of() : List.copyOf(keep);
    outputs = outputs == null ? List.of() : outputs.stream().sorted(Comparator.comparing(ManifestEntry::path)).toList();
    fonts = fonts == null ? List.of() : List.copyOf(fonts);
  }


  /** A manifest written by this build of logokit. */
  public static Manifest of(String encoding, String config, String configSha256,
      List<ManifestEntry> outputs) {
    return of(encoding, config, configSha256, List.of(), outputs);
  }

  public static Manifest of(String encoding, String config, String configSha256,
      List<String> keep, List<ManifestEntry> outputs) {
    return new Manifest(SCHEMA, "logokit", BuildInfo.version(), encoding, config, configSha256,
        keep, outputs, List.of());
  }

  /** The same manifest recording the kit's font files. */
  public Manifest withFonts(List<FontEntry> fonts) {
    return new Manifest(schema, tool, toolVersion, encoding, config, configSha256, keep, outputs,
        fonts);
  }
}
