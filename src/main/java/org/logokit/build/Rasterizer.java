package org.logokit.build;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.logokit.encode.PngEncoder;
import org.logokit.kit.Kit;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterFiles;
import org.logokit.kit.MasterSpec;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.render.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;

/**
 * One master to PNG bytes in memory, within the kit's budgets: read (inside the assets folder
 * only), screened, loaded once, each target planned, painted and encoded. Shared by
 * {@code render} (which then writes) and {@code check --pixels} (which compares).
 */
final class Rasterizer {
  private Rasterizer() {}

  /** One output made in memory. */
  record Rasterized(OutputJob job, BufferedImage image, byte[] png) {}

  /**
   * @param master the master, with the targets to make (a subset of the kit's, for an
   *     incremental render)
   * @throws SvgException with a one-line reason when the master cannot be rendered
   */
  static List<Rasterized> rasterize(Kit kit, MasterSpec master, Path assets)
      throws SvgException, InterruptedException {
    Limits limits = kit.limits();
    byte[] svg;
    try {
      svg = MasterFiles.read(assets, master.file(), limits.maxInputBytes());
    } catch (IOException e) {
      throw new SvgException(e.getMessage());
    }
    Path file = assets.resolve(master.file());
    return Watchdog.within(limits.maxSecondsPerMaster(), () -> make(kit, master, svg, file));
  }

  private static List<Rasterized> make(Kit kit, MasterSpec master, byte[] svg, Path file)
      throws SvgException {
    Limits limits = kit.limits();
    SvgMaster loaded = SvgLoader.load(svg, file.toUri().toString(), limits);
    List<Rasterized> out = new ArrayList<>();
    for (OutputJob job : Planner.plan(kit, master, loaded.size())) {
      if ((long) job.width() * job.height() > limits.maxPixelsPerOutput()) {
        throw new SvgException(job.target().spec() + " would be " + job.width() + "x"
            + job.height() + " px, over the budget of " + limits.maxPixelsPerOutput()
            + " pixels (limits.maxPixelsPerOutput)");
      }
      BufferedImage image = loaded.paint(job.width(), job.height());
      out.add(new Rasterized(job, image, PngEncoder.encode(image, job.pixelsPerMeter())));
    }
    return out;
  }
}
