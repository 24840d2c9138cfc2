package org.logokit.build;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.logokit.encode.PngEncoder;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.render.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;

/**
 * One master to PNG bytes in memory: loaded once, each target planned, painted and encoded.
 * Shared by {@code render} (which then writes) and {@code check --pixels} (which compares).
 */
final class Rasterizer {
  /** 8192 x 8192: 256 MiB of ARGB, far above any logo kit's need. */
  static final long MAX_PIXELS_PER_OUTPUT = 8192L * 8192L;

  private Rasterizer() {}

  /** One output made in memory. */
  record Rasterized(OutputJob job, BufferedImage image, byte[] png) {}

  /**
   * @param master the master, with the targets to make (a subset of the kit's, for an
   *     incremental render)
   */
  static List<Rasterized> rasterize(Kit kit, MasterSpec master, byte[] svg, Path file)
      throws SvgException {
    SvgMaster loaded = SvgLoader.load(svg, file.toUri().toString());
    List<Rasterized> out = new ArrayList<>();
    for (OutputJob job : Planner.plan(kit, master, loaded.size())) {
      if ((long) job.width() * job.height() > MAX_PIXELS_PER_OUTPUT) {
        throw new SvgException(job.target().spec() + " would be " + job.width() + "x"
            + job.height() + " px, over the budget of " + MAX_PIXELS_PER_OUTPUT + " pixels");
      }
      BufferedImage image = loaded.paint(job.width(), job.height());
      out.add(new Rasterized(job, image, PngEncoder.encode(image, job.pixelsPerMeter())));
    }
    return out;
  }
}
