package org.logokit.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.logokit.kit.FontList;
import org.logokit.kit.Kit;
import org.logokit.manifest.FontEntry;
import org.logokit.text.Sha256;

/** The kit's font files as the manifest records them: each with the hash of its bytes. */
public final class FontHashes {
  private FontHashes() {}

  /** In config order; a file that cannot be read now has a {@code null} hash. */
  public static List<FontEntry> of(Kit kit, Path assets) {
    List<FontEntry> out = new ArrayList<>();
    for (String f : kit.fonts()) {
      String sha;
      try {
        sha = Sha256.hex(FontList.read(assets, f));
      } catch (IOException e) {
        sha = null; // render reports why; nothing made with it can be current
      }
      out.add(new FontEntry(f, sha));
    }
    return out;
  }
}
