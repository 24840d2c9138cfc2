package org.logokit.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.MasterFiles;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.render.Phases;
import org.logokit.screen.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;

/**
 * For {@code check}, which otherwise renders nothing: every master whose render would warn is
 * loaded, and each warning becomes an error naming it: a text whose font is not on this
 * machine (render would draw it in another face), CSS the renderer does not draw ({@code
 * paint-order}, {@code vector-effect}, an unknown blend mode). Masters whose parsed document
 * has neither text nor those properties (the XMPP kit's are paths) are not built.
 */
public final class MasterWarnings {
  private MasterWarnings() {}

  /**
   * One diagnostic per warning per master (a missing font, CSS not drawn), and one for a kit
   * font that is unusable.
   */
  public static List<Diagnostic> problems(Kit kit, Path assets) {
    FontPolicy fonts;
    try {
      fonts = FontPolicy.load(kit, assets, true);
    } catch (KitException e) {
      return e.diagnostics();
    }
    List<Diagnostic> out = new ArrayList<>();
    for (MasterSpec m : kit.masters()) {
      Path file = assets.resolve(m.file());
      byte[] svg;
      try {
        svg = MasterFiles.read(assets, m.file(), kit.limits().maxInputBytes());
      } catch (IOException e) {
        continue; // check reports it as unreadable
      }
      if (!SvgLoader.mayWarn(svg, file.toUri().toString(), kit.limits())) {
        continue;
      }
      Set<String> missing = new LinkedHashSet<>();
      for (Scheme s : m.schemes()) {
        try {
          SvgMaster loaded = SvgLoader.load(svg, file.toUri().toString(), kit.limits(), s,
              new Phases(), fonts.fonts());
          missing.addAll(loaded.warnings());
          if (m.targets().stream().anyMatch(t -> t instanceof org.logokit.kit.Target.Pdf)) {
            missing.addAll(loaded.pdfWarnings());
          }
        } catch (SvgException e) {
          break; // a broken master is render's to report, and check's hashes say it is stale
        }
      }
      missing.forEach(w -> out.add(Diagnostic.of(file.toString(), w)));
    }
    return out;
  }
}
