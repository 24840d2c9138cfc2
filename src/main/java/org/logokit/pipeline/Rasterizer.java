package org.logokit.pipeline;

import org.logokit.format.Format;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.logokit.format.Format;
import org.logokit.format.png.PngCodec;
import org.logokit.format.png.PngEncoder;
import org.logokit.kit.Kit;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterFiles;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.plan.ContentBox;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.render.Phases;
import org.logokit.screen.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;
import org.logokit.sets.SetTexts;
import org.logokit.text.Sha256;

/**
 * One master to PNG bytes in memory, within the kit's budgets: read (inside the assets folder
 * only), screened, loaded once, each target planned, painted and encoded. Shared by
 * {@code render} (which then writes) and {@code check --pixels} (which compares pixels, and
 * encodes only what changed).
 */
final class Rasterizer {
  private Rasterizer() {}

  /** One output made in memory: its file's bytes. */
  record Rasterized(OutputJob job, byte[] bytes) {}

  /**
   * A master's outputs made in memory.
   *
   * @param masterSha256 of the master bytes read and rendered: read once, so the hash recorded
   *     is of the bytes rendered even when the file changes meanwhile
   */
  record Made(String masterSha256, List<Rasterized> outputs) {}

  /**
   * What one output painted, before encoding.
   *
   * @param images one image, or an icon's entries smallest first; none for a file made without
   *     pixels
   * @param copy the file's bytes when it is made without pixels: a copy of the master, or a PDF
   *     drawn as vectors
   */
  record Painted(OutputJob job, List<BufferedImage> images, byte[] copy) {
    Painted(OutputJob job, List<BufferedImage> images) {
      this(job, images, null);
    }
  }

  /**
   * Every output of the master painted: each of its schemes at each of its targets. A missing
   * font fails it, as it does with {@code --strict}.
   */
  static List<Painted> paint(Kit kit, MasterSpec master, Path assets, FontPolicy fonts)
      throws SvgException, InterruptedException {
    Map<Scheme, List<Target>> all = new EnumMap<>(Scheme.class);
    for (Scheme s : master.schemes()) { // the master's copy once, as render writes it
      all.put(s, s == master.schemes().get(0) ? master.targets() : master.targets().stream()
          .filter(t -> !(t instanceof Target.Copy)).toList());
    }
    List<Painted> painted = new ArrayList<>();
    paint(kit, master, all, assets, new Phases(), new FontPolicy(fonts.fonts(), true), w -> { },
        painted::add);
    return painted;
  }

  /**
   * @param todo the targets to make in each scheme (a subset of the master's, for an
   *     incremental render)
   * @param warnings told each missing font, when {@code fonts} is not strict
   * @throws SvgException with a one-line reason when the master cannot be rendered
   */
  static Made rasterize(Kit kit, MasterSpec master, Map<Scheme, List<Target>> todo,
      Path assets, Phases phases, FontPolicy fonts, Consumer<String> warnings,
      Executor encoders) throws SvgException, InterruptedException {
    // Each image is handed to the encoders as soon as it is painted, and is free to go once
    // encoded: painting the next target overlaps encoding this one, and when the last master
    // paints alone the other cores encode its images.
    // Filled by the painting thread; read here after it ends (or, past the time budget, while
    // it may still be adding, hence the lock).
    List<Future<Rasterized>> encoded = Collections.synchronizedList(new ArrayList<>());
    String sha;
    try {
      sha = paint(kit, master, todo, assets, phases, fonts, warnings, p -> {
        FutureTask<Rasterized> task = new FutureTask<>(() -> {
          long t = System.nanoTime();
          Rasterized r = new Rasterized(p.job(), encode(kit, p));
          phases.lap(Phases.Phase.ENCODE, t);
          return r;
        });
        encoded.add(task);
        encoders.execute(task);
      });
    } catch (SvgException | InterruptedException | RuntimeException e) {
      cancel(encoded);
      throw e;
    }
    List<Rasterized> out = new ArrayList<>();
    for (Future<Rasterized> f : List.copyOf(encoded)) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        cancel(encoded);
        throw e;
      } catch (ExecutionException e) {
        cancel(encoded);
        if (e.getCause() instanceof SvgException svg) {
          throw svg;
        }
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    return new Made(sha, out);
  }

  private static void cancel(List<Future<Rasterized>> encoded) {
    synchronized (encoded) {
      encoded.forEach(f -> f.cancel(true));
    }
  }

  /**
   * Paints, handing each output to {@code sink} as it is done.
   *
   * @return the SHA-256 of the master bytes read and painted
   */
  private static String paint(Kit kit, MasterSpec master, Map<Scheme, List<Target>> todo,
      Path assets, Phases phases, FontPolicy fonts, Consumer<String> warnings,
      Consumer<Painted> sink) throws SvgException, InterruptedException {
    Limits limits = kit.limits();
    byte[] svg;
    long t = System.nanoTime();
    try {
      svg = MasterFiles.read(assets, master.file(), limits.maxInputBytes());
    } catch (IOException e) {
      throw new SvgException(org.logokit.text.Shown.of(e.getMessage()));
    }
    phases.lap(Phases.Phase.READ, t);
    Path file = assets.resolve(master.file());
    // The budget is for what a hostile master controls, loading and painting. Encoding is
    // bounded by the pixel budget, and optimize: true spends seconds on it by design.
    Watchdog.within(limits.maxSecondsPerMaster(), () -> {
      for (Map.Entry<Scheme, List<Target>> e : todo.entrySet()) {
        paintScheme(kit, master.withSchemes(List.of(e.getKey())).withTargets(e.getValue()), svg,
            file, phases, fonts, warnings, sink);
      }
      return null;
    });
    return Sha256.hex(svg);
  }

  /** One scheme of a master: the tree is built in that scheme, then painted at each target. */
  private static void paintScheme(Kit kit, MasterSpec master, byte[] svg, Path file,
      Phases phases, FontPolicy fonts, Consumer<String> warnings, Consumer<Painted> out)
      throws SvgException {
    Limits limits = kit.limits();
    SvgMaster loaded = SvgLoader.load(svg, file.toUri().toString(), limits,
        master.schemes().get(0), phases, fonts.fonts());
    for (String missing : loaded.warnings()) {
      if (fonts.strict()) {
        throw new SvgException(missing);
      }
      warnings.accept(missing);
    }
    SetImages sets = new SetImages(loaded, master.schemes().get(0) == Scheme.DARK ? () -> loaded
        : () -> SvgLoader.load(svg, file.toUri().toString(), limits, Scheme.DARK, phases,
            fonts.fonts()), limits.maxPixelsPerOutput());
    for (OutputJob job : Planner.plan(kit, master, loaded.size())) {
      if ((long) job.width() * job.height() > limits.maxPixelsPerOutput()) {
        throw new SvgException(job.target().spec() + " would be " + job.width() + "x"
            + job.height() + " px, over the budget of " + limits.maxPixelsPerOutput()
            + " pixels (limits.maxPixelsPerOutput)");
      }
      Target made = job.target().drawn();
      if (made instanceof Target.Copy) {
        out.accept(new Painted(job, List.of(), svg)); // the bytes screened and loaded above
        continue;
      }
      if (job.target() instanceof Target.SetFile f && f.kind() == Target.SetFile.Kind.TEXT) {
        out.accept(new Painted(job, List.of(), SetTexts.bytes(f, master)));
        continue;
      }
      long t = System.nanoTime();
      if (job.target() instanceof Target.Pdf) {
        for (String lost : loaded.pdfWarnings()) {
          if (fonts.strict()) {
            throw new SvgException(lost);
          }
          warnings.accept(lost);
        }
        out.accept(new Painted(job, List.of(), PdfPages.of(loaded, limits.maxPixelsPerOutput())));
        phases.lap(Phases.Phase.PAINT, t);
        continue;
      }
      List<BufferedImage> images = new ArrayList<>();
      if (SetImages.isFill(job.target())) {
        images.add(SetImages.fill(job));
      } else if (made instanceof Target.Icon icon) {
        for (int s : icon.sizes()) {
          images.add(loaded.paint(s, s, ContentBox.fit(loaded.size(), s, s, 0, 0)));
        }
      } else {
        images.add(sets.paint(job));
      }
      phases.lap(Phases.Phase.PAINT, t);
      out.accept(new Painted(job, images));
    }
  }

  /**
   * The file of one painted output, in the kit's encoding.
   *
   * @throws SvgException when the heap ran out
   */
  static byte[] encode(Kit kit, Painted p) throws SvgException {
    try {
      return encodeOrThrow(kit, p);
    } catch (OutOfMemoryError e) {
      throw Watchdog.outOfMemory();
    }
  }

  private static byte[] encodeOrThrow(Kit kit, Painted p) {
    OutputJob job = p.job();
    if (p.copy() != null) {
      return p.copy();
    }
    if (SetImages.keepsAlphaChannel(job.target())) {
      return PngEncoder.encodeRgba(p.images().get(0), PngCodec.pixelsPerMeter(job.dpi()),
          kit.optimize() ? PngEncoder.Effort.SMALLEST : PngEncoder.Effort.FAST);
    }
    List<BufferedImage> images = job.format().kind() == Format.Kind.ICON ? p.images()
        : List.of(SetImages.opaqueIfAsked(job.target(), p.images().get(0)));
    return job.format().codec().write(images, job.dpi(), kit.optimize());
  }

}
