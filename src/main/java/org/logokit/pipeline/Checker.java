package org.logokit.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.logokit.verify.Verifier;
import org.logokit.verify.ManifestFile;
import org.logokit.verify.Finding;
import org.logokit.verify.StaleReason;
import org.logokit.kit.Kit;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.text.KeepPatterns;
import org.logokit.write.OutputFolder;

/**
 * {@code check} without {@code --pixels}, for {@link KitCheck}: is the output folder what
 * {@code render} would make now? Hashes, headers and the plan only ({@link Freshness}), and the
 * files no record accounts for; renders nothing and writes nothing.
 */
final class Checker {
  private Checker() {}

  /**
   * What {@code check} says of a folder.
   *
   * @param findings stale, missing, edited and extra outputs, sorted by path; empty when
   *     current
   * @param bytesOnly current outputs whose bytes another encoder made: not findings
   */
  record Result(List<Finding> findings, List<Freshness.BytesOnly> bytesOnly) {}

  /**
   * @param out the output folder, or {@code null} when there is none yet: all is missing
   * @param manifest its manifest as read, when {@code out} is given
   */
  static Result assess(Kit kit, Path assets, OutputFolder out,
      ManifestFile.Attempt manifest) throws IOException {
    if (out == null) {
      List<Finding> findings = new ArrayList<>();
      findings.add(new Finding.NoManifest(Manifest.FILE_NAME, "missing (run logokit render)"));
      findings.addAll(Freshness.assess(kit, assets, null, null).stale());
      findings.sort(Comparator.comparing(Finding::path));
      return new Result(findings, List.of());
    }
    List<Finding> findings = new ArrayList<>();
    ManifestJson.Read read = manifest.read();
    if (read != null) {
      read.problems().forEach(p -> findings.add(new Finding.BadRecord(Manifest.FILE_NAME, p)));
    } else if (manifest.problem() instanceof NoSuchFileException) {
      findings.add(new Finding.NoManifest(Manifest.FILE_NAME, "missing (run logokit render)"));
    } else {
      findings.add(new Finding.NoManifest(Manifest.FILE_NAME, manifest.problem().getMessage()));
    }
    Manifest previous = read == null ? null : read.manifest();
    Freshness.Result fresh = Freshness.assess(kit, assets, out, previous);
    findings.addAll(fresh.stale());
    Set<String> known = new HashSet<>();
    fresh.planned().forEach(p -> known.add(p.path()));
    if (previous != null) {
      previous.outputs().stream().map(ManifestEntry::path).forEach(known::add);
    }
    // Masters may live beside their outputs (most kits keep x.svg next to x.png): the kit's
    // own masters, config and fonts in the output folder are not strays.
    java.nio.file.Path root = out.root().toAbsolutePath().normalize();
    java.nio.file.Path assetsRoot = assets.toAbsolutePath().normalize();
    if (assetsRoot.startsWith(root)) {
      for (var m : kit.masters()) {
        known.add(root.relativize(assetsRoot.resolve(m.file()).normalize()).toString()
            .replace('\\', '/'));
      }
    }
    for (String path : Verifier.outputsIn(out)) {
      if (known.contains(path)) {
        continue;
      }
      if (!out.isFile(path)) {
        findings.add(new Finding.NotAFile(path, out.describe(path) + ": not an output "
            + "(logokit never follows links)"));
      } else if (KeepPatterns.looksLikeOutput(path) && !KeepPatterns.matches(kit.keep(), path)) {
        // A README or LICENSE beside the logos, or a kept file, is a person's: not a finding.
        findings.add(new Finding.Stale(path, StaleReason.NOT_PLANNED, null));
      }
    }
    findings.sort(Comparator.comparing(Finding::path));
    return new Result(findings, fresh.bytesOnly());
  }
}
