package org.logokit.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
 * For {@code check}, which otherwise renders nothing: every master with text is loaded to see
 * whether its fonts are there, since on a machine without them {@code render} would draw it in
 * another face. Masters without text (the XMPP kit's are paths) are only scanned.
 */
public final class FontCheck {
  /** A text element's start tag, with or without a namespace prefix; gzip masters are loaded. */
  private static final Pattern TEXT = Pattern.compile("<(?:[\\w.-]+:)?(?:text|tspan|textPath)\\b");

  private FontCheck() {}

  /** One diagnostic per missing font per master, and one for a kit font that is unusable. */
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
      if (!m.file().endsWith(".svgz")
          && !TEXT.matcher(new String(svg, StandardCharsets.ISO_8859_1)).find()) {
        continue;
      }
      Set<String> missing = new LinkedHashSet<>();
      for (Scheme s : m.schemes()) {
        try {
          SvgMaster loaded = SvgLoader.load(svg, file.toUri().toString(), kit.limits(), s,
              new Phases(), fonts.fonts());
          missing.addAll(loaded.fontWarnings());
        } catch (SvgException e) {
          break; // a broken master is render's to report, and check's hashes say it is stale
        }
      }
      missing.forEach(w -> out.add(Diagnostic.of(file.toString(), w)));
    }
    return out;
  }
}
