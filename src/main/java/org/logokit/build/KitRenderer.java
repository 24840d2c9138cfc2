package org.logokit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.verify.ManifestFile;
import org.logokit.manifest.Sha256;
import org.logokit.report.ContactSheet;
import org.logokit.verify.FontHashes;
import org.logokit.verify.Freshness;
import org.logokit.write.AtomicFiles;
import org.logokit.write.OutputLock;

/**
 * Renders a kit into the output folder and writes its manifest.
 *
 * <pre>{@code
 * Kit kit = KitLoader.load(Path.of("assets"), null);
 * RenderReport report = KitRenderer.render(kit, new RenderOptions(assets, out, 2));
 * }</pre>
 *
 * <p>Incremental: an output whose master bytes, target, and render version match the manifest
 * and whose file is intact is kept; a master with nothing stale is not even parsed. Stale masters
 * render in parallel, one per thread, each tree built once. One failing master does not stop the
 * others; its files from an earlier render are kept and stay in the manifest. Files an earlier
 * manifest listed that the kit no longer plans are deleted; files logokit did not make are never
 * touched. The contact sheet ({@code index.html}) is rewritten from the new manifest. The
 * folder is locked for the whole run and the manifest is written last, atomically,
 * so a run killed at any point leaves complete files that the next run checks and completes.
 */
public final class KitRenderer {
  private KitRenderer() {}

  /**
   * @throws OutputLock.LockedException when another render is writing to the same folder
   */
  public static RenderReport render(Kit kit, RenderOptions options)
      throws IOException, InterruptedException {
    Path out = options.out();
    FontPolicy fonts;
    try {
      fonts = FontPolicy.load(kit, options.assets(), options.strict());
    } catch (KitException e) {
      return new RenderReport(ManifestFile.readOrNull(out), 0, 0, 0, List.of(),
          e.diagnostics()); // nothing renders without the kit's fonts; nothing is touched
    }
    try (OutputLock lock = OutputLock.acquire(out)) {
      AtomicFiles.removeLeftovers(out);
      Manifest previous = ManifestFile.readOrNull(out);
      String configSha = Freshness.configSha256(kit);
      Freshness.Result fresh = Freshness.assess(kit, options.assets(), out,
          options.force() ? null : previous, configSha);
      List<MasterResult> results = renderStale(kit, options, fresh, fonts);

      List<ManifestEntry> entries = new ArrayList<>();
      List<Diagnostic> failures = new ArrayList<>();
      Set<String> failedMasters = new HashSet<>();
      int written = 0;
      for (MasterResult r : results) {
        if (r instanceof MasterResult.Rendered ok) {
          entries.addAll(ok.entries());
          written += ok.written();
        } else if (r instanceof MasterResult.Failed f) {
          failures.add(f.problem());
          failedMasters.add(f.master().file());
        }
      }
      entries.addAll(keptFromFailed(previous, failedMasters, out));
      List<String> removed = removeUnplanned(previous, fresh, failedMasters, out);

      Manifest manifest = Manifest.of(kit.encoding(), configName(kit), configSha, entries)
          .withFonts(FontHashes.of(kit, options.assets()));
      writeIfChanged(out.resolve(ContactSheet.FILE_NAME), ContactSheet.html(manifest));
      writeIfChanged(out.resolve(Manifest.FILE_NAME), ManifestJson.write(manifest));
      return new RenderReport(manifest, results.size() - failures.size(), written,
          entries.size() - written, removed, failures);
    }
  }

  /** Each master's stale targets rendered in parallel; masters with none just keep theirs. */
  private static List<MasterResult> renderStale(Kit kit, RenderOptions options,
      Freshness.Result fresh, FontPolicy fonts) throws InterruptedException {
    Map<MasterSpec, List<Freshness.Planned>> byMaster = new LinkedHashMap<>();
    for (Freshness.Planned p : fresh.planned()) {
      byMaster.computeIfAbsent(p.master(), m -> new ArrayList<>()).add(p);
    }
    MasterRenderer renderer = new MasterRenderer(kit, options, fonts);
    AtomicInteger done = new AtomicInteger();
    return Parallel.map(List.copyOf(byMaster.entrySet()), options.jobs(), e -> {
      Map<Scheme, List<Target>> todo = new EnumMap<>(Scheme.class);
      List<ManifestEntry> kept = new ArrayList<>();
      for (Freshness.Planned p : e.getValue()) {
        if (p.current() == null) {
          todo.computeIfAbsent(p.scheme(), s -> new ArrayList<>()).add(p.target());
        } else {
          kept.add(p.current());
        }
      }
      MasterResult r = renderer.render(e.getKey(), fresh.masterSha256().get(e.getKey().file()),
          todo, kept);
      options.listener().masterDone(e.getKey().file(), done.incrementAndGet(), byMaster.size(),
          r instanceof MasterResult.Rendered ok ? ok.written() : 0,
          r instanceof MasterResult.Failed);
      return r;
    });
  }

  /** The earlier entries of masters that failed now, where their files are still intact. */
  private static List<ManifestEntry> keptFromFailed(Manifest previous, Set<String> failed,
      Path out) throws IOException {
    List<ManifestEntry> kept = new ArrayList<>();
    if (previous == null || failed.isEmpty()) {
      return kept;
    }
    for (ManifestEntry e : previous.outputs()) {
      Path file = out.resolve(e.path());
      if (failed.contains(e.master()) && Files.isRegularFile(file)
          && Sha256.hex(Files.readAllBytes(file)).equals(e.sha256())) {
        kept.add(e);
      }
    }
    return kept;
  }

  /** Deletes what an earlier render made that is no longer planned, then emptied folders. */
  private static List<String> removeUnplanned(Manifest previous, Freshness.Result fresh,
      Set<String> failedMasters, Path out) throws IOException {
    List<String> removed = new ArrayList<>();
    if (previous == null) {
      return removed;
    }
    Set<String> planned = new HashSet<>();
    fresh.planned().forEach(p -> planned.add(p.path()));
    Path root = out.toAbsolutePath().normalize();
    for (ManifestEntry e : previous.outputs()) {
      Path file = root.resolve(e.path()).normalize();
      if (planned.contains(e.path()) || failedMasters.contains(e.master())
          || !file.startsWith(root)) {
        continue;
      }
      if (Files.deleteIfExists(file)) {
        removed.add(e.path());
      }
      for (Path dir = file.getParent(); !dir.equals(root) && isEmptyDir(dir);
          dir = dir.getParent()) {
        Files.delete(dir);
      }
    }
    return removed;
  }

  /** A no-op render leaves the folder untouched, its files' times included. */
  private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) != bytes.length
        || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      AtomicFiles.write(file, bytes);
    }
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static String configName(Kit kit) {
    return kit.source() == null ? null : Path.of(kit.source()).getFileName().toString();
  }
}
