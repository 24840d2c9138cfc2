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
    for (Scheme scheme : master.schemes()) {
      for (Target t : master.targets()) {
        double scale = scale(t, size);
        double dpi = t instanceof Target.Dpi d ? d.dpi() : 96 * scale;
        jobs.add(new OutputJob(master.file(), t, scheme, kit.outputPath(master, t, scheme),
            pixels(size.width() * scale), pixels(size.height() * scale), dpi));
      }
    }
    return jobs;
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
    return 1.0;
  }

  private static int pixels(double v) {
    return (int) Math.max(1, Math.round(v));
  }
}
