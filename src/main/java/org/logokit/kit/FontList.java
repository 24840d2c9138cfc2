package org.logokit.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kit config's {@code fonts:}: font files (TrueType, OpenType, collections) inside the
 * assets folder that {@code <text>} in the masters may use. They are read like masters, only as
 * regular files inside the assets folder, and no larger than {@link #MAX_BYTES}.
 */
public final class FontList {
  /** A font file larger than this is refused; real ones are well under a few MiB. */
  public static final long MAX_BYTES = 16L << 20;

  private static final List<String> EXTENSIONS = List.of(".ttf", ".otf", ".ttc");

  private FontList() {}

  /** A font file's bytes, read with the same checks as a master's. */
  public static byte[] read(Path assets, String file) throws IOException {
    return MasterFiles.read(assets, file, MAX_BYTES);
  }

  /**
   * @param fonts as written in the config, or {@code null}
   * @return the font files, each readable, in config order
   */
  static List<String> validate(String where, List<String> fonts, Path assets,
      List<Diagnostic> problems) {
    if (fonts == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<String> ok = new ArrayList<>();
    for (String f : fonts) {
      String shown = f == null ? "" : org.logokit.text.Shown.of(f);
      if (f == null || f.isBlank()) {
        problems.add(Diagnostic.of(where, "'fonts' has an empty entry"));
      } else if (EXTENSIONS.stream().noneMatch(f.toLowerCase(Locale.ROOT)::endsWith)) {
        problems.add(Diagnostic.of(where, "font '" + shown + "' is not a .ttf, .otf or .ttc "
            + "file"));
      } else if (!seen.add(f)) {
        problems.add(Diagnostic.of(where, "font '" + shown + "' is listed twice"));
      } else {
        try {
          read(assets, f);
          ok.add(f);
        } catch (IOException e) {
          problems.add(Diagnostic.of(where, "font '" + shown + "' " + e.getMessage()));
        }
      }
    }
    return ok;
  }
}
