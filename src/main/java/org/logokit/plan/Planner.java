package org.logokit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;

/**
 * Sizes every target of a master.
 *
 * <ul>
 *   <li>{@code own}: the intrinsic size rounded to whole pixels, 96 DPI.
 *   <li>{@code <D>dpi}: the intrinsic size x D/96, D DPI.
 *   <li>{@code <N>px}: the longest side N, the other side by the aspect ratio; DPI 96 x N /
 *       longest side, so the physical size stays the master's.
 * </ul>
 */
public final class Planner {
  private Planner() {}

  /** The outputs of one master, scheme by scheme, each in target order. */
  public static List<OutputJob> plan(Kit kit, MasterSpec master, IntrinsicSize size) {
    List<OutputJob> jobs = new ArrayList<>();
    for (MasterSpec.Output o : master.outputs()) {
      jobs.add(job(master.file(), o.target(), o.scheme(), kit.outputPath(master, o.target(),
          o.scheme()), size));
    }
    return jobs;
  }

  static OutputJob job(String master, Target t, Scheme scheme, String path,
      IntrinsicSize size) {
    if (t instanceof Target.Icon icon) {
      int largest = icon.sizes().get(icon.sizes().size() - 1);
      return new OutputJob(master, t, scheme, path, largest, largest, 96, null);
    }
    Target sizeTarget = t instanceof Target.Placed p ? p.size()
        : t instanceof Target.Tiff tiff ? tiff.size() : t;
    double scale = scale(sizeTarget, size);
    int w = pixels(size.width() * scale);
    int h = pixels(size.height() * scale);
    if (!(t instanceof Target.Placed p)) {
      double dpi = sizeTarget instanceof Target.Dpi d ? d.dpi() : 96 * scale;
      return new OutputJob(master, t, scheme, path, w, h, dpi, ContentBox.full(w, h));
    }
    int cw = p.box() == null ? w : p.box()[0];
    int ch = p.box() == null ? h : p.box()[1];
    ContentBox box = ContentBox.fit(size, cw, ch, p.padding().pixels(Math.min(cw, ch)),
        p.background());
    double dpi = sizeTarget instanceof Target.Dpi d ? d.dpi() : 96 * box.width() / size.width();
    return new OutputJob(master, t, scheme, path, cw, ch, dpi, box);
  }

  /** The outputs of the whole kit, given each master's intrinsic size by file name. */
  public static List<OutputJob> plan(Kit kit, Map<String, IntrinsicSize> sizes) {
    List<OutputJob> jobs = new ArrayList<>();
    for (MasterSpec m : kit.masters()) {
      IntrinsicSize size = sizes.get(m.file());
      if (size != null) {
        jobs.addAll(plan(kit, m, size));
      }
    }
    return jobs;
  }

  static double scale(Target t, IntrinsicSize size) {
    if (t instanceof Target.Dpi d) {
      return d.dpi() / 96.0;
    }
    if (t instanceof Target.Pixels p) {
      return p.pixels() / size.longestSide();
    }
    if (t instanceof Target.Width w) {
      return w.pixels() / size.width();
    }
    if (t instanceof Target.Height h) {
      return h.pixels() / size.height();
    }
    return 1.0;
  }

  private static int pixels(double v) {
    return (int) Math.max(1, Math.round(v));
  }
}
