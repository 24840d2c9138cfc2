package org.logokit.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.ManifestEntry;
import org.logokit.plan.OutputJob;
import org.logokit.render.Phases;
import org.logokit.screen.SvgException;
import org.logokit.text.KeepPatterns;
import org.logokit.text.Sha256;
import org.logokit.text.Shown;
import org.logokit.format.pdf.PdfFacts;
import org.logokit.write.OutputFolder;

/**
 * Renders the stale targets of one master, all or nothing: every output is made in memory,
 * then every file is written beside its target, and only when all of them are written are they
 * renamed into place. A master that fails at any step (its SVG, a full disk, a link where a
 * folder should be) leaves its files and manifest records as they were.
 */
final class MasterRenderer {
  private final Kit kit;
  private final RenderOptions options;
  private final OutputFolder out;
  private final FontPolicy fonts;
  private final Executor encoders;

  /** @param encoders where painted images are encoded, shared by every master of the run */
  MasterRenderer(Kit kit, RenderOptions options, OutputFolder out, FontPolicy fonts,
      Executor encoders) {
    this.kit = kit;
    this.options = options;
    this.out = out;
    this.fonts = fonts;
    this.encoders = encoders;
  }

  /**
   * @param todo the targets to render in each scheme; the others are current
   * @param kept the manifest entries of the current outputs, carried into the new manifest
   */
  MasterResult render(MasterSpec spec, Map<Scheme, List<Target>> todo,
      List<ManifestEntry> kept) {
    return render(spec, todo, kept, Map.of());
  }

  /**
   * @param toProve outputs of {@code todo} whose files another encoder made, with their
   *     records: each is kept when it is proved to be this output encoded otherwise
   *     ({@link org.logokit.format.Codec#otherEncoding}), else written anew
   */
  MasterResult render(MasterSpec spec, Map<Scheme, List<Target>> todo,
      List<ManifestEntry> kept, Map<String, ManifestEntry> toProve) {
    if (todo.isEmpty()) {
      return new MasterResult.Rendered(spec, kept, 0);
    }
    String where = Shown.of(options.assets().resolve(spec.file()).toString());
    for (Map.Entry<Scheme, List<Target>> e : todo.entrySet()) {
      for (Target t : e.getValue()) {
        // The config is refused at load for this; an ad-hoc --sizes or --scheme is not.
        String path = kit.outputPath(spec, t, e.getKey());
        String glob = KeepPatterns.coveredBy(kit.keep(), path);
        if (glob != null) {
          return new MasterResult.Failed(spec, Diagnostic.of(where, "not written: "
              + Shown.quoted(path) + " is covered by the 'keep' pattern " + Shown.quoted(glob)
              + ", a person's file that logokit never writes over"));
        }
      }
    }
    Rasterizer.Made made;
    Set<String> warnings = new LinkedHashSet<>(); // once per master, not per scheme
    try {
      made = Rasterizer.rasterize(kit, spec, todo, options.assets(), options.phases(), fonts,
          warnings::add, encoders);
    } catch (SvgException e) {
      return new MasterResult.Failed(spec, Diagnostic.of(where, e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new MasterResult.Failed(spec, Diagnostic.of(where, "interrupted"));
    }
    long t = System.nanoTime();
    List<ManifestEntry> proved = new ArrayList<>();
    List<Rasterizer.Rasterized> toWrite = new ArrayList<>();
    for (Rasterizer.Rasterized r : made.outputs()) {
      ManifestEntry record = toProve.get(r.job().path());
      String why = record == null ? "" : otherEncoding(r);
      if (why == null) {
        proved.add(record);
      } else {
        if (record != null) {
          warnings.add(Shown.quoted(r.job().path()) + " written anew: its record says another "
              + "encoder made it, but " + why);
        }
        toWrite.add(r);
      }
    }
    List<OutputFolder.Staged> staged = new ArrayList<>();
    try {
      for (Rasterizer.Rasterized r : toWrite) {
        staged.add(out.stage(r.job().path(), r.bytes()));
      }
    } catch (IOException e) {
      staged.forEach(OutputFolder.Staged::discard);
      return new MasterResult.Failed(spec, Diagnostic.of(where, "not written, its files are "
          + "kept as they were: " + e.getMessage()));
    }
    List<ManifestEntry> renamed = new ArrayList<>();
    for (int i = 0; i < staged.size(); i++) {
      Rasterizer.Rasterized r = toWrite.get(i);
      try {
        staged.get(i).commit();
      } catch (IOException e) {
        // A rename in one folder failing after the writes succeeded is rare: the files renamed
        // so far are new and recorded as such, the rest are kept as they were.
        staged.subList(i + 1, staged.size()).forEach(OutputFolder.Staged::discard);
        return new MasterResult.Failed(spec, Diagnostic.of(where, e.getMessage()), renamed);
      }
      renamed.add(entry(r.job(), r.bytes(), made.masterSha256(), spec.title()));
    }
    options.phases().lap(Phases.Phase.WRITE, t);
    warnings.forEach(w -> options.listener().warning(where, w));
    List<ManifestEntry> entries = new ArrayList<>(kept);
    entries.addAll(proved);
    entries.addAll(renamed);
    return new MasterResult.Rendered(spec, entries, toWrite.size());
  }

  /**
   * {@code null} when the file in the output folder is this output encoded by another encoder,
   * else why not.
   */
  private String otherEncoding(Rasterizer.Rasterized r) {
    String path = r.job().path();
    byte[] file;
    try {
      file = out.read(path, org.logokit.verify.Verifier.MAX_FILE_BYTES);
    } catch (IOException e) {
      return "it cannot be read";
    }
    org.logokit.format.Codec codec = r.job().format().codec();
    return java.util.Arrays.equals(file, r.bytes()) ? null
        : codec == null ? "its bytes are not the ones render writes"
        : codec.otherEncoding(r.bytes(), file);
  }

  private ManifestEntry entry(OutputJob job, byte[] bytes, String masterSha, String title) {
    List<Integer> sizes = job.target().drawn() instanceof Target.Icon icon
        ? icon.sizes() : null;
    ManifestEntry.Builder e = ManifestEntry.builder(job.path())
        .master(job.master(), masterSha).target(job.target().spec())
        .image(job.width(), job.height(), job.dpi()).file(bytes.length, Sha256.hex(bytes))
        .format(job.format(), kit.encoding(), job.target() instanceof Target.SetFile).scheme(job.scheme().id()).entries(sizes)
        .title(title);
    if (job.target() instanceof Target.Pdf) {
      PdfFacts pdf = PdfPages.facts(bytes);
      e.pdf(pdf.pages(), pdf.width(), pdf.height());
    }
    return e.build();
  }
}
