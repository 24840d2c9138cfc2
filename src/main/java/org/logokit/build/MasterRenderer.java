package org.logokit.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.Sha256;
import org.logokit.plan.OutputJob;
import org.logokit.render.Phases;
import org.logokit.render.SvgException;
import org.logokit.write.AtomicFiles;

/**
 * Renders the stale targets of one master: makes all of them in memory, and only when every one
 * succeeded writes them (each atomically). A master that fails leaves its files as they were.
 */
final class MasterRenderer {
  private final Kit kit;
  private final RenderOptions options;
  private final FontPolicy fonts;

  MasterRenderer(Kit kit, RenderOptions options, FontPolicy fonts) {
    this.kit = kit;
    this.options = options;
    this.fonts = fonts;
  }

  /**
   * @param todo the targets to render in each scheme; the others are current
   * @param kept the manifest entries of the current outputs, carried into the new manifest
   */
  MasterResult render(MasterSpec spec, String masterSha, Map<Scheme, List<Target>> todo,
      List<ManifestEntry> kept) {
    if (todo.isEmpty()) {
      return new MasterResult.Rendered(spec, kept, 0);
    }
    String where = options.assets().resolve(spec.file()).toString();
    List<Rasterizer.Rasterized> made;
    Set<String> warnings = new LinkedHashSet<>(); // once per master, not per scheme
    try {
      made = Rasterizer.rasterize(kit, spec, todo, options.assets(), options.phases(), fonts,
          warnings::add);
    } catch (SvgException e) {
      return new MasterResult.Failed(spec, Diagnostic.of(where, e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new MasterResult.Failed(spec, Diagnostic.of(where, "interrupted"));
    }
    List<ManifestEntry> entries = new ArrayList<>(kept);
    long t = System.nanoTime();
    for (Rasterizer.Rasterized r : made) {
      Path target = options.out().resolve(r.job().path());
      try {
        AtomicFiles.write(target, r.bytes());
      } catch (IOException ex) {
        return new MasterResult.Failed(spec, Diagnostic.of(target.toString(),
            "cannot write: " + ex));
      }
      entries.add(entry(r.job(), r.bytes(), masterSha));
    }
    options.phases().lap(Phases.Phase.WRITE, t);
    warnings.forEach(w -> options.listener().warning(where, w));
    return new MasterResult.Rendered(spec, entries, made.size());
  }

  private static ManifestEntry entry(OutputJob job, byte[] bytes, String masterSha) {
    List<Integer> sizes = job.target() instanceof Target.Icon icon ? icon.sizes() : null;
    return new ManifestEntry(job.path(), job.master(), masterSha, job.target().spec(),
        job.width(), job.height(), job.dpi(), bytes.length, Sha256.hex(bytes),
        job.target().extension(), job.scheme().id(), sizes);
  }
}
