package org.logokit.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.plan.IntrinsicSize;
import org.logokit.sets.SetTexts;
import org.logokit.manifest.Manifest;
import org.logokit.screen.DeclaredSize;
import org.logokit.screen.SvgException;
import org.logokit.report.ContactSheet;

import org.logokit.verify.Finding;

import org.logokit.verify.ManifestFile;
import org.logokit.verify.PixelChange;
import org.logokit.verify.StaleReason;
import org.logokit.write.OutputFolder;

/**
 * {@code check}, the core of it: is an output folder what {@code render} would make now? Every
 * front end (the CLI, the GitHub Action's script through it, a build plugin) calls this.
 *
 * <pre>{@code
 * KitCheck check = KitCheck.begin(Path.of("output"));   // reads the folder on another core
 * Kit kit = KitLoader.load(Path.of("assets"), null);     // meanwhile
 * KitCheck.Report report = check.run(kit, Path.of("assets"), true, 2);
 * }</pre>
 *
 * <p>Without pixels it renders nothing: hashes of masters, config and files, each record against
 * its file's header and against what the kit plans, and the contact sheet made anew from the
 * manifest. With pixels every output is also rendered in memory and proved ({@link PixelCheck}).
 */
public final class KitCheck {
  private final OutputFolder folder;
  private final CompletableFuture<ManifestFile.Attempt> manifest;
  private final CompletableFuture<Finding> sheet;

  private KitCheck(OutputFolder folder) {
    this.folder = folder;
    // The contact sheet depends on the folder alone: it is made anew and compared on another
    // core while the caller reads the config. The manifest is read once, there, for both.
    // The sheet is a task of its own: run inside the manifest's completion, it kept a caller
    // already waiting for the manifest waiting for the sheet too (every other run, ~0.2 s).
    this.manifest = folder == null ? CompletableFuture.completedFuture(null)
        : CompletableFuture.supplyAsync(() -> ManifestFile.Attempt.of(folder));
    this.sheet = folder == null ? CompletableFuture.completedFuture(null)
        : manifest.thenApplyAsync(m -> ContactSheet.check(folder, m.read()));
  }

  /**
   * Starts checking {@code out}: its manifest is read and its contact sheet made anew in the
   * background.
   *
   * @throws IOException when the folder cannot be used (a link, not a folder); a folder that
   *     does not exist yet is not an error: every output is then missing
   */
  public static KitCheck begin(Path out) throws IOException {
    try {
      return new KitCheck(OutputFolder.open(out, false));
    } catch (NoSuchFileException e) {
      return new KitCheck(null);
    }
  }

  /**
   * What {@code check} found.
   *
   * @param findings every finding, sorted by path (a path's two findings side by side)
   * @param failures masters that could not be rendered ({@code --pixels}), or fonts that are
   *     missing (without it)
   * @param bytesOnly current outputs another encoder made: not findings
   * @param changes the outputs that are not what a fresh render makes ({@code --pixels}), for
   *     a visual diff
   */
  public record Report(List<Finding> findings, List<Diagnostic> failures,
      List<Freshness.BytesOnly> bytesOnly, List<PixelChange> changes) {
    public boolean current() {
      return findings.isEmpty() && failures.isEmpty();
    }
  }

  /**
   * @param pixels also render every output in memory and prove each file
   * @param jobs masters rendered at once with {@code pixels}
   */
  public Report run(Kit kit, Path assets, boolean pixels, int jobs)
      throws IOException, InterruptedException {
    ManifestFile.Attempt read = joined(manifest);
    Checker.Result checked = Checker.assess(kit, assets, folder, read);
    List<Finding> findings = new ArrayList<>(checked.findings());
    // Without pixels the sheet is the longest task: the masters are screened for warnings
    // while it is still being made, before waiting for it.
    List<Diagnostic> warnings = pixels ? null : MasterWarnings.problems(kit, assets);
    Finding sheetFinding = joined(sheet);
    if (sheetFinding != null) {
      findings.add(sheetFinding);
    }
    List<Diagnostic> failures;
    List<PixelChange> changes = List.of();
    if (pixels) {
      Manifest recorded = read == null || read.read() == null ? null : read.read().manifest();
      PixelCheck.Result result = folder == null ? new PixelCheck.Result(List.of(), List.of())
          : PixelCheck.compare(kit, assets, folder, recorded, jobs);
      changes = result.changes();
      // An output with no file is one finding, "missing": its fresh render stays in the
      // visual diff, but "no file to compare" would say the same thing twice.
      java.util.Set<String> noFile = new java.util.HashSet<>();
      for (Finding f : checked.findings()) {
        if (f instanceof Finding.Stale s && (s.reason() == StaleReason.MISSING
            || s.reason() == StaleReason.NOT_A_FILE)) {
          noFile.add(f.path());
        }
      }
      changes.stream().filter(c -> !noFile.contains(c.path()))
          .map(PixelChange::finding).forEach(findings::add);
      failures = result.failures();
    } else {
      failures = warnings; // --pixels finds them while rendering
    }
    findings.sort(Comparator.comparing(Finding::path));
    java.util.Set<String> disproved = new java.util.HashSet<>();
    changes.forEach(c -> disproved.add(c.path()));
    List<Freshness.BytesOnly> bytesOnly = checked.bytesOnly().stream()
        .filter(b -> !disproved.contains(b.path())).toList(); // not "the same image" once refuted
    return new Report(findings, failures, bytesOnly, changes);
  }

  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
