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
 *   <li>{@code <D>dpi-pt}: the intrinsic size x D/72 (units read as points), rounded up, D DPI.
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
    if (t instanceof Target.SetFile f) {
      if (f.made() == null) {
        return new OutputJob(master, t, scheme, path, 0, 0, 0, null); // a text file
      }
      // Screen icons: their platforms go by pixels, so they are tagged 96 DPI, not a DPI that
      // keeps the master's physical size (thousands for a small master at 1024 px).
      OutputJob made = job(master, f.made(), scheme, path, size);
      return new OutputJob(master, t, scheme, path, made.width(), made.height(), 96,
          made.content());
    }
    if (t instanceof Target.Icon icon) {
      int largest = icon.sizes().get(icon.sizes().size() - 1);
      return new OutputJob(master, t, scheme, path, largest, largest, 96, null);
    }
    Target sizeTarget = t instanceof Target.Placed p ? p.size()
        : t instanceof Target.Tiff tiff ? tiff.size() : t;
    double scale = scale(sizeTarget, size);
    int w;
    int h;
    ContentBox bare;
    if (sizeTarget instanceof Target.PointDpi) {
      // Illustrator rounds the canvas up and draws the art at the exact scale from the corner.
      w = pixelsUp(size.width() * scale);
      h = pixelsUp(size.height() * scale);
      bare = new ContentBox(0, 0, size.width() * scale, size.height() * scale, 0);
    } else {
      Target.Rounding round = sizeTarget instanceof Target.Pixels px ? px.round()
          : Target.Rounding.NEAREST;
      w = round.apply(size.width() * scale);
      h = round.apply(size.height() * scale);
      // Nearest stretches the art by under half a pixel to fill the canvas, as Inkscape does;
      // up or down keeps the exact scale from the corner, as rsvg-convert -w N does.
      bare = round == Target.Rounding.NEAREST ? ContentBox.full(w, h)
          : new ContentBox(0, 0, size.width() * scale, size.height() * scale, 0);
    }
    double sizeDpi = dpi(sizeTarget, scale);
    if (!(t instanceof Target.Placed p)) {
      return new OutputJob(master, t, scheme, path, w, h, sizeDpi, bare);
    }
    if (p.box() == null && p.padding().isZero()) {
      // Only a name (and a background) of its own: the size's own pixels.
      ContentBox renamed = new ContentBox(bare.x(), bare.y(), bare.width(), bare.height(),
          p.background());
      return new OutputJob(master, t, scheme, path, w, h, sizeDpi, renamed);
    }
    int cw = p.box() == null ? w : p.box()[0];
    int ch = p.box() == null ? h : p.box()[1];
    ContentBox box = ContentBox.fit(size, cw, ch, p.padding().pixels(Math.min(cw, ch)),
        p.background());
    double dpi = sizeTarget instanceof Target.Dpi || sizeTarget instanceof Target.PointDpi
        || (sizeTarget instanceof Target.Pixels px && px.dpi() > 0)
        ? sizeDpi : 96 * box.width() / size.width();
    return new OutputJob(master, t, scheme, path, cw, ch, dpi, box);
  }

  /** A DPI target's own DPI; otherwise 96 x the scale, so the physical size is kept. */
  private static double dpi(Target sizeTarget, double scale) {
    if (sizeTarget instanceof Target.Dpi d) {
      return d.dpi();
    }
    if (sizeTarget instanceof Target.PointDpi d) {
      return d.dpi();
    }
    if (sizeTarget instanceof Target.Pixels p && p.dpi() > 0) {
      return p.dpi(); // an exporter's fixed resolution, whatever the size
    }
    return 96 * scale;
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
    if (t instanceof Target.PointDpi d) {
      return d.dpi() / 72.0;
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

  /** Rounded up, forgiving the floating-point noise of an exact product (625.0000001). */
  private static int pixelsUp(double v) {
    return (int) Math.max(1, Math.ceil(v - 1e-6));
  }
}
