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
import org.logokit.manifest.ManifestJson;
import org.logokit.text.KeepPatterns;
import org.logokit.write.OutputFolder;

/**
 * {@code check} without {@code --pixels}: is the output folder what {@code render} would make
 * now? Hashes, headers and the plan only; renders nothing and writes nothing. The core's
 * {@code KitCheck} runs it with the renderer's way of reading a master's size.
 *
 * <pre>{@code
 * Checker.Result r = Checker.assess(kit, Path.of("assets"), folder, ManifestFile.Attempt.of(folder), sizer);
 * }</pre>
 */
public final class Checker {
  private Checker() {}

  /**
   * What {@code check} says of a folder.
   *
   * @param findings stale, missing, edited and extra outputs, sorted by path; empty when
   *     current
   * @param bytesOnly current outputs whose bytes another encoder made: not findings
   */
  public record Result(List<Finding> findings, List<Freshness.BytesOnly> bytesOnly) {}

  /**
   * @param out the output folder, or {@code null} when there is none yet: all is missing
   * @param manifest its manifest as read, when {@code out} is given
   * @param reference what render makes, as far as it is known without rendering
   */
  public static Result assess(Kit kit, Path assets, OutputFolder out,
      ManifestFile.Attempt manifest, Freshness.Reference reference) throws IOException {
    if (out == null) {
      List<Finding> findings = new ArrayList<>();
      findings.add(new Finding.NoManifest(Manifest.FILE_NAME, "missing (run logokit render)"));
      findings.addAll(Freshness.assess(kit, assets, null, null, reference).stale());
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
    Freshness.Result fresh = Freshness.assess(kit, assets, out, previous, reference);
    findings.addAll(fresh.stale());
    Set<String> known = new HashSet<>();
    fresh.planned().forEach(p -> known.add(p.path()));
    if (previous != null) {
      previous.outputs().stream().map(ManifestEntry::path).forEach(known::add);
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
        findings.add(new Finding.Stale(path, Freshness.Reason.NOT_PLANNED, null));
      }
    }
    findings.sort(Comparator.comparing(Finding::path));
    return new Result(findings, fresh.bytesOnly());
  }
}
