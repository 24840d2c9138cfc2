package org.logokit.verify;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.logokit.kit.Kit;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;

/**
 * {@code check} without {@code --pixels}: is the output folder what {@code render} would make
 * now? Hashes only; renders nothing and writes nothing.
 *
 * <pre>{@code
 * List<Finding> stale = Checker.check(kit, Path.of("assets"), Path.of("output"));
 * }</pre>
 */
public final class Checker {
  private Checker() {}

  /** Stale, missing, edited and extra outputs, sorted by path; empty when current. */
  public static List<Finding> check(Kit kit, Path assets, Path out) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Manifest manifest = null;
    try {
      manifest = ManifestFile.read(out);
    } catch (NoSuchFileException e) {
      findings.add(new Finding.NoManifest(Manifest.FILE_NAME, "missing (run logokit render)"));
    } catch (IOException e) {
      findings.add(new Finding.NoManifest(Manifest.FILE_NAME, e.getMessage()));
    }
    Freshness.Result fresh = Freshness.assess(kit, assets, out, manifest,
        Freshness.configSha256(kit));
    findings.addAll(fresh.stale());
    Set<String> known = new HashSet<>();
    fresh.planned().forEach(p -> known.add(p.path()));
    if (manifest != null) {
      manifest.outputs().stream().map(ManifestEntry::path).forEach(known::add);
    }
    for (String path : Verifier.outputsIn(out)) {
      if (!known.contains(path)) {
        findings.add(new Finding.Stale(path, Freshness.Reason.NOT_PLANNED, null));
      }
    }
    findings.sort(Comparator.comparing(Finding::path));
    return findings;
  }
}
