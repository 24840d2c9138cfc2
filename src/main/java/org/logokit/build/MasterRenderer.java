package org.logokit.build;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.logokit.encode.PngEncoder;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.Sha256;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.render.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;
import org.logokit.write.AtomicFiles;

/**
 * Renders one master: loads it once, paints and encodes every target in memory, and only when all
 * of them succeeded writes them (each atomically). A master that fails leaves its earlier files
 * as they were.
 */
final class MasterRenderer {
  /** 8192 x 8192: 256 MiB of ARGB, far above any logo kit's need. */
  static final long MAX_PIXELS_PER_OUTPUT = 8192L * 8192L;

  static final String SCHEME = "light";
  static final String FORMAT = "png";

  private final Kit kit;
  private final RenderOptions options;

  MasterRenderer(Kit kit, RenderOptions options) {
    this.kit = kit;
    this.options = options;
  }

  MasterResult render(MasterSpec spec) {
    Path file = options.assets().resolve(spec.file());
    String where = file.toString();
    List<Encoded> encoded;
    String masterSha;
    try {
      byte[] svg = Files.readAllBytes(file);
      masterSha = Sha256.hex(svg);
      SvgMaster master = SvgLoader.load(svg, file.toUri().toString());
      encoded = new ArrayList<>();
      for (OutputJob job : Planner.plan(kit, spec, master.size())) {
        encoded.add(encode(master, job));
      }
    } catch (SvgException e) {
      return new MasterResult.Failed(spec, Diagnostic.of(where, e.getMessage()));
    } catch (IOException e) {
      return new MasterResult.Failed(spec, Diagnostic.of(where, "cannot read: " + e));
    } catch (OutOfMemoryError e) {
      return new MasterResult.Failed(spec, Diagnostic.of(where, "ran out of memory"));
    }
    List<ManifestEntry> entries = new ArrayList<>();
    for (Encoded e : encoded) {
      try {
        AtomicFiles.write(options.out().resolve(e.job().path()), e.bytes());
      } catch (IOException ex) {
        return new MasterResult.Failed(spec, Diagnostic.of(options.out().resolve(e.job().path())
            .toString(), "cannot write: " + ex));
      }
      entries.add(entry(e, masterSha));
    }
    return new MasterResult.Rendered(spec, entries);
  }

  private static Encoded encode(SvgMaster master, OutputJob job) throws SvgException {
    if ((long) job.width() * job.height() > MAX_PIXELS_PER_OUTPUT) {
      throw new SvgException(job.target().spec() + " would be " + job.width() + "x"
          + job.height() + " px, over the budget of " + MAX_PIXELS_PER_OUTPUT + " pixels");
    }
    BufferedImage image = master.paint(job.width(), job.height());
    return new Encoded(job, PngEncoder.encode(image, job.pixelsPerMeter()));
  }

  private static ManifestEntry entry(Encoded e, String masterSha) {
    OutputJob job = e.job();
    return new ManifestEntry(job.path(), job.master(), masterSha, job.target().spec(),
        job.width(), job.height(), job.dpi(), e.bytes().length, Sha256.hex(e.bytes()), FORMAT,
        SCHEME);
  }

  private record Encoded(OutputJob job, byte[] bytes) {}
}
