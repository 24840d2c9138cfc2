package org.logokit.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.logokit.verify.StaleReason;
import org.logokit.format.png.Libdeflate;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.report.ContactSheet;
import org.logokit.text.KeepPatterns;
import org.logokit.text.Shown;
import org.logokit.verify.FontHashes;

import org.logokit.verify.ManifestFile;
import org.logokit.verify.Verifier;
import org.logokit.write.OutputFolder;
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
 * others; its files from an earlier render are kept and stay in the manifest.
 *
 * <p>The old manifest is an untrusted record (a pull request may have written it): records
 * that are malformed or point outside the folder are ignored and reported, and a file it lists
 * that the kit no longer plans is deleted only when it is a regular file inside the folder whose
 * bytes are still the ones recorded, so nothing else is ever deleted because the manifest says
 * so. A record of a file the kit's {@code keep:} covers is dropped before anything else looks
 * at the manifest: a kept file is never deleted, replaced or recorded. The contact sheet ({@code index.html}) is rewritten from the new manifest. The folder is
 * locked for the whole run and the manifest is written last, atomically, so a run killed at any
 * point leaves complete files that the next run checks and completes.
 */
public final class KitRenderer {
  private KitRenderer() {}

  /**
   * @throws OutputLock.LockedException when another render is writing to the same folder
   * @throws IOException when the output folder cannot be used (a link, unwritable)
   */
  public static RenderReport render(Kit kit, RenderOptions options)
      throws IOException, InterruptedException {
    OutputFolder out = OutputFolder.open(options.out(), true);
    FontPolicy fonts;
    try {
      fonts = FontPolicy.load(kit, options.assets(), options.strict());
    } catch (KitException e) {
      // Nothing renders without the kit's fonts, and nothing is touched.
      ManifestJson.Read old = ManifestFile.readOrNull(out);
      return new RenderReport(old == null ? null : old.manifest(), 0, 0, 0, List.of(),
          e.diagnostics(), List.of());
    }
    try (OutputLock lock = OutputLock.acquire(out)) {
      out.removeLeftovers(rel -> KeepPatterns.covers(kit.keep(), rel));
      ManifestJson.Read read = ManifestFile.readOrNull(out);
      List<String> notes = new ArrayList<>();
      if (read != null) {
        read.problems().forEach(p -> notes.add(out.shown(Manifest.FILE_NAME) + ": " + p
            + "; ignored"));
      }
      Manifest previous = read == null ? null : withoutKept(read.manifest(), kit, out, notes);
      String configSha = kit.configSha256();
      Freshness.Result fresh = Freshness.assess(kit, options.assets(), out,
          options.force() ? null : previous);
      if (fresh.planned().stream().anyMatch(p -> toMake(p, options) || p.bytesOnly())) {
        Libdeflate.require(); // before anything is written; a no-op needs no encoder
      }
      List<MasterResult> results = renderStale(kit, options, fresh, out, fonts);

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
          entries.addAll(f.written());
          written += f.written().size();
        }
      }
      Set<String> keptRecords = new HashSet<>();
      entries.forEach(e -> keptRecords.add(e.path() + "\n" + e.encoder()));
      List<Freshness.BytesOnly> keptOtherBytes = fresh.bytesOnly().stream()
          .filter(b -> keptRecords.contains(b.path() + "\n" + b.recorded())).toList();
      if (!options.reencode() && !keptOtherBytes.isEmpty()) {
        notes.add(bytesOnlyNote(keptOtherBytes, out));
      }
      entries.addAll(keptFromFailed(previous, failedMasters, entries, out));
      List<String> removed = new ArrayList<>();
      if (options.prune()) {
        removed = removeUnplanned(previous, fresh, failedMasters, out, notes);
      } else {
        entries.addAll(unplannedIntact(previous, fresh, out));
      }

      Map<String, ManifestEntry> unique = new LinkedHashMap<>();
      entries.forEach(e -> unique.putIfAbsent(e.path(), e)); // a record kept two ways is one
      entries = List.copyOf(unique.values());
      Manifest manifest = Manifest.of(kit.encoding(), configName(kit), configSha, kit.keep(),
          entries).withFonts(FontHashes.of(kit, options.assets()));
      if (options.reencode() || !sheetShows(out, manifest)) { // its previews are PNGs too
        writeIfChanged(out, ContactSheet.FILE_NAME, ContactSheet.html(manifest, out));
      }
      writeIfChanged(out, Manifest.FILE_NAME, ManifestJson.write(manifest));
      return new RenderReport(manifest, results.size() - failures.size(), written,
          entries.size() - written, removed, failures, notes);
    }
  }

  /** Each master's stale targets rendered in parallel; masters with none just keep theirs. */
  private static List<MasterResult> renderStale(Kit kit, RenderOptions options,
      Freshness.Result fresh, OutputFolder out, FontPolicy fonts) throws InterruptedException {
    Map<MasterSpec, List<Freshness.Planned>> byMaster = new LinkedHashMap<>();
    for (Freshness.Planned p : fresh.planned()) {
      byMaster.computeIfAbsent(p.master(), m -> new ArrayList<>()).add(p);
    }
    // As many encoder threads as masters in flight: while every master paints, the cores are
    // shared; when only the last master paints, the other cores encode its images.
    ExecutorService encoders = Executors.newFixedThreadPool(options.jobs(), r -> {
      Thread t = new Thread(r, "logokit-encode");
      t.setDaemon(true);
      return t;
    });
    try {
      return renderAll(options, byMaster, new MasterRenderer(kit, options, out, fonts, encoders));
    } finally {
      encoders.shutdownNow();
    }
  }

  private static List<MasterResult> renderAll(RenderOptions options,
      Map<MasterSpec, List<Freshness.Planned>> byMaster, MasterRenderer renderer)
      throws InterruptedException {
    AtomicInteger done = new AtomicInteger();
    return Parallel.map(List.copyOf(byMaster.entrySet()), options.jobs(), e -> {
      Map<Scheme, List<Target>> todo = new EnumMap<>(Scheme.class);
      List<ManifestEntry> kept = new ArrayList<>();
      Map<String, ManifestEntry> toProve = new HashMap<>();
      for (Freshness.Planned p : e.getValue()) {
        if (toMake(p, options) || p.bytesOnly()) {
          // Another encoder's file is kept only once proved: its record is the pull request's.
          todo.computeIfAbsent(p.scheme(), s -> new ArrayList<>()).add(p.target());
          if (!toMake(p, options)) {
            toProve.put(p.path(), p.current());
          }
        } else {
          kept.add(p.current());
        }
      }
      MasterResult r = renderer.render(e.getKey(), todo, kept, toProve);
      synchronized (done) { // counted and told in one step, so "[3/11]" never precedes "[2/11]"
        options.listener().masterDone(e.getKey().file(), done.incrementAndGet(),
            byMaster.size(), r instanceof MasterResult.Rendered ok ? ok.written() : 0,
            r instanceof MasterResult.Failed);
      }
      return r;
    });
  }

  /**
   * What a render would do, without doing it ({@code render --dry-run}): the outputs it would
   * write, each with why, and the files it would remove. Writes nothing, takes no lock, and
   * does not even make the output folder.
   */
  public static Preview preview(Kit kit, RenderOptions options) throws IOException {
    OutputFolder out;
    try {
      out = OutputFolder.open(options.out(), false);
    } catch (java.nio.file.NoSuchFileException e) {
      out = null;
    }
    ManifestJson.Read read = out == null ? null : ManifestFile.readOrNull(out);
    Manifest old = read == null ? null
        : withoutKept(read.manifest(), kit, out, new ArrayList<>());
    Manifest previous = options.force() ? null : old;
    Freshness.Result fresh = Freshness.assess(kit, options.assets(), out, previous);
    Map<String, StaleReason> why = new HashMap<>();
    fresh.stale().forEach(f -> why.put(f.path(), f.reason()));
    List<String> write = new ArrayList<>();
    for (Freshness.Planned p : fresh.planned()) {
      if (toMake(p, options)) {
        // A file already there (an export a person made, an earlier render's) is replaced.
        boolean there = out != null && out.exists(p.path());
        write.add((there ? "overwrite " : "write ") + p.path() + " (" + (options.force() ? "--force"
            : p.current() != null ? "--reencode: made by " + p.current().encoder()
            : why.get(p.path())) + ")");
      }
    }
    List<String> remove = options.prune() && old != null
        ? unplannedIntact(old, fresh, out).stream().map(ManifestEntry::path).toList()
        : List.of();
    return new Preview(write, remove);
  }

  /**
   * The old manifest without its records of files the kit's {@code keep:} covers, each with a
   * note: a kept file is a person's, whatever the manifest says (a pull request writes both), so
   * no later step may remove, replace or record it.
   */
  private static Manifest withoutKept(Manifest m, Kit kit, OutputFolder out,
      List<String> notes) {
    List<ManifestEntry> outputs = new ArrayList<>();
    for (ManifestEntry e : m.outputs()) {
      String glob = KeepPatterns.coveredBy(kit.keep(), e.path());
      if (glob == null) {
        outputs.add(e);
      } else {
        notes.add(out.shown(e.path()) + ": the manifest lists it, but 'keep' pattern "
            + Shown.quoted(glob) + " makes it a person's file: never removed or replaced by "
            + "logokit, and left out of the new manifest");
      }
    }
    return outputs.size() == m.outputs().size() ? m : new Manifest(m.schema(), m.tool(),
        m.toolVersion(), m.encoding(), m.config(), m.configSha256(), m.keep(), outputs,
        m.fonts());
  }

  /** One line for the outputs kept with another encoder's bytes, naming the first. */
  private static String bytesOnlyNote(List<Freshness.BytesOnly> kept, OutputFolder out) {
    Freshness.BytesOnly first = kept.get(0);
    return (kept.size() == 1 ? "1 output has" : kept.size() + " outputs have")
        + " the image this logokit makes but bytes from another encoder, kept as they are ("
        + out.shown(first.path()) + ": " + Shown.of(first.recorded())
        + ", this logokit's " + first.current() + "); render --reencode rewrites them";
  }

  /**
   * Whether an output is made on this run: it is stale, or only its bytes are and
   * {@code --reencode} asks for them.
   */
  private static boolean toMake(Freshness.Planned p, RenderOptions options) {
    return p.current() == null || options.reencode() && p.bytesOnly();
  }

  /**
   * What a render would write and remove.
   *
   * @param write each {@code write <path> (<reason>)}, or {@code overwrite ...} for a file that
   *     is there already
   */
  public record Preview(List<String> write, List<String> remove) {}

  /**
   * The earlier records the kit no longer plans whose files are intact: what pruning removes,
   * and what an ad-hoc render keeps.
   */
  private static List<ManifestEntry> unplannedIntact(Manifest previous, Freshness.Result fresh,
      OutputFolder out) {
    List<ManifestEntry> kept = new ArrayList<>();
    if (previous == null) {
      return kept;
    }
    Set<String> planned = new HashSet<>();
    fresh.planned().forEach(p -> planned.add(p.path()));
    for (ManifestEntry e : previous.outputs()) {
      if (!planned.contains(e.path()) && intact(out, e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  /**
   * The earlier records of masters that failed now, where their files are still intact and no
   * new record replaced them.
   */
  private static List<ManifestEntry> keptFromFailed(Manifest previous, Set<String> failed,
      List<ManifestEntry> current, OutputFolder out) {
    List<ManifestEntry> kept = new ArrayList<>();
    if (previous == null || failed.isEmpty()) {
      return kept;
    }
    Set<String> recorded = new HashSet<>();
    current.forEach(e -> recorded.add(e.path()));
    for (ManifestEntry e : previous.outputs()) {
      if (failed.contains(e.master()) && !recorded.contains(e.path()) && intact(out, e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static boolean intact(OutputFolder out, ManifestEntry e) {
    try {
      return out.isFile(e.path())
          && out.digest(e.path(), Verifier.MAX_FILE_BYTES, 0).sha256().equals(e.sha256());
    } catch (IOException ex) {
      return false;
    }
  }

  /**
   * Deletes what an earlier render made that is no longer planned, then emptied folders: only
   * regular files inside the folder whose bytes are still the ones recorded.
   */
  private static List<String> removeUnplanned(Manifest previous, Freshness.Result fresh,
      Set<String> failedMasters, OutputFolder out, List<String> notes) throws IOException {
    List<String> removed = new ArrayList<>();
    if (previous == null) {
      return removed;
    }
    Set<String> planned = new HashSet<>();
    fresh.planned().forEach(p -> planned.add(p.path()));
    for (ManifestEntry e : previous.outputs()) {
      String there = out.describe(e.path());
      if (planned.contains(e.path()) || failedMasters.contains(e.master()) || there == null) {
        continue;
      }
      if (out.deleteIfUnchanged(e.path(), e.sha256(), Verifier.MAX_FILE_BYTES)) {
        removed.add(e.path());
      } else {
        notes.add(out.shown(e.path()) + ": no longer planned, but not removed: "
            + (out.isFile(e.path()) ? "changed since logokit wrote it" : there));
      }
    }
    return removed;
  }

  /**
   * Whether the folder's sheet was made from this very manifest, which is already the folder's
   * (a render that changes nothing): then it is not made again, which would decode previews.
   */
  private static boolean sheetShows(OutputFolder out, Manifest manifest) {
    try {
      byte[] json = ManifestJson.write(manifest);
      if (!out.isFile(Manifest.FILE_NAME) || !out.isFile(ContactSheet.FILE_NAME)
          || !Arrays.equals(out.read(Manifest.FILE_NAME, json.length), json)) {
        return false;
      }
      byte[] head = out.digest(ContactSheet.FILE_NAME, Verifier.MAX_FILE_BYTES, 256).head();
      String line = new String(head, java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
          .findFirst().orElse("");
      return line.equals(ContactSheet.fingerprint(manifest));
    } catch (IOException e) {
      return false;
    }
  }

  /** A no-op render leaves the folder untouched, its files' times included. */
  private static void writeIfChanged(OutputFolder out, String name, byte[] bytes)
      throws IOException {
    try {
      if (out.isFile(name) && Arrays.equals(out.read(name, bytes.length), bytes)) {
        return;
      }
    } catch (IOException e) {
      // larger or unreadable: written anew
    }
    out.write(name, bytes);
  }

  private static String configName(Kit kit) {
    return kit.source() == null ? null
        : java.nio.file.Path.of(kit.source()).getFileName().toString();
  }
}
