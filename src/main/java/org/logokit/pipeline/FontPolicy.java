package org.logokit.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.FontList;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.render.KitFonts;

/**
 * How a run treats text: the kit's own fonts, loaded once, and whether text whose first
 * {@code font-family} is missing fails its master ({@code render --strict}, and {@code check})
 * or is only a warning.
 */
record FontPolicy(KitFonts fonts, boolean strict) {
  static final FontPolicy NONE = new FontPolicy(KitFonts.NONE, false);

  /**
   * @throws KitException with one diagnostic naming the font file that cannot be read or used
   */
  static FontPolicy load(Kit kit, Path assets, boolean strict) throws KitException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String f : kit.fonts()) {
      try {
        files.put(f, FontList.read(assets, f));
      } catch (IOException e) {
        throw problem(assets, f, e.getMessage());
      }
    }
    try {
      return new FontPolicy(KitFonts.load(files), strict);
    } catch (KitFonts.FontException e) {
      throw problem(assets, e.file(), e.getMessage());
    }
  }

  private static KitException problem(Path assets, String file, String reason) {
    return new KitException(List.of(Diagnostic.of(
        org.logokit.text.Shown.of(assets.resolve(file).toString()), reason)));
  }
}
