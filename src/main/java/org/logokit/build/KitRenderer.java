package org.logokit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Target;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.manifest.Sha256;
import org.logokit.manifest.ToolVersion;
import org.logokit.write.AtomicFiles;

/**
 * Renders a whole kit into the output folder and writes its manifest.
 *
 * <pre>{@code
 * Kit kit = KitLoader.load(Path.of("assets"), null);
 * RenderReport report = KitRenderer.render(kit, new RenderOptions(assets, out, 2));
 * }</pre>
 *
 * <p>Masters render in parallel, one per thread, each tree built once. One failing master does
 * not stop the others; its files from an earlier render are kept and stay in the manifest. Files
 * an earlier manifest listed that the kit no longer plans are deleted; files logokit did not make
 * are never touched. The manifest is written last, atomically.
 */
public final class KitRenderer {
  private KitRenderer() {}

  public static RenderReport render(Kit kit, RenderOptions options)
      throws IOException, InterruptedException {
    Path out = options.out();
    Files.createDirectories(out);
    Manifest previous = readPrevious(out);
    List<MasterResult> results = renderAll(kit, options);

    List<ManifestEntry> entries = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    Set<String> failedMasters = new HashSet<>();
    int written = 0;
    for (MasterResult r : results) {
      if (r instanceof MasterResult.Rendered ok) {
        entries.addAll(ok.entries());
        written += ok.entries().size();
      } else if (r instanceof MasterResult.Failed f) {
        failures.add(f.problem());
        failedMasters.add(f.master().file());
      }
    }
    entries.addAll(keptFromFailed(previous, failedMasters, out));
    List<String> removed = removeUnplanned(previous, planned(kit), failedMasters, out);

    Manifest manifest = Manifest.of(ToolVersion.get(), configName(kit), configSha(kit), entries);
    AtomicFiles.write(out.resolve(Manifest.FILE_NAME), ManifestJson.write(manifest));
    return new RenderReport(manifest, results.size() - failures.size(), written, removed,
        failures);
  }

  private static List<MasterResult> renderAll(Kit kit, RenderOptions options)
      throws InterruptedException {
    MasterRenderer renderer = new MasterRenderer(kit, options);
    int threads = Math.min(options.jobs(), Math.max(1, kit.masters().size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<MasterResult>> futures = new ArrayList<>();
      for (MasterSpec m : kit.masters()) {
        futures.add(pool.submit(() -> renderer.render(m)));
      }
      List<MasterResult> results = new ArrayList<>();
      for (Future<MasterResult> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          // MasterRenderer turns input problems into results; anything else is a bug.
          throw new IllegalStateException("rendering failed unexpectedly", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Manifest readPrevious(Path out) {
    Path file = out.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return ManifestJson.read(Files.readAllBytes(file));
    } catch (IOException e) {
      return null; // unreadable: rebuilt from scratch, nothing of it is trusted or deleted
    }
  }

  /** The earlier entries of masters that failed now, where their files are still intact. */
  private static List<ManifestEntry> keptFromFailed(Manifest previous, Set<String> failed,
      Path out) throws IOException {
    List<ManifestEntry> kept = new ArrayList<>();
    if (previous == null) {
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

  private static Set<String> planned(Kit kit) {
    Set<String> paths = new HashSet<>();
    for (MasterSpec m : kit.masters()) {
      for (Target t : m.targets()) {
        paths.add(kit.outputPath(m, t));
      }
    }
    return paths;
  }

  /** Deletes what an earlier render made that is no longer planned, then emptied folders. */
  private static List<String> removeUnplanned(Manifest previous, Set<String> planned,
      Set<String> failedMasters, Path out) throws IOException {
    List<String> removed = new ArrayList<>();
    if (previous == null) {
      return removed;
    }
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

  private static String configSha(Kit kit) throws IOException {
    return kit.source() == null ? null : Sha256.hex(Files.readAllBytes(Path.of(kit.source())));
  }
}
