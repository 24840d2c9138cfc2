package org.logokit.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.kit.Kit;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.plan.IntrinsicSize;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.text.PathRules;

/**
 * Which target makes an export of a master: the one whose planned pixels and pHYs are the
 * file's, tried in this order: {@code own}; {@code <D>dpi} and {@code <D>dpi-pt} for the DPI
 * its pHYs gives; {@code <N>px} for its longest side; then Illustrator's canvas one pixel larger
 * than {@code <D>dpi-pt} rounds to, as a placement with that box. The file's name suffix must
 * be the target's, or a name of its own (a placement with that suffix); a suffix that names
 * another size ({@code -300px} on a 300 DPI file) is reported, never followed.
 */
final class TargetInference {
  private static final Pattern CLAIM = Pattern.compile("(\\d{1,6})\\s*(px|dpi|ppi)",
      Pattern.CASE_INSENSITIVE);

  private TargetInference() {}

  /** A target, or why there is none. */
  record Result(Target target, String problem) {
    static Result of(Target t) {
      return new Result(t, null);
    }

    static Result problem(String why) {
      return new Result(null, why);
    }
  }

  static Result infer(IntrinsicSize size, ImageFacts f, String suffix) {
    if (f.format().equals("ico") || f.format().equals("icns")) {
      return icon(f, suffix);
    }
    if (!f.squarePixels()) {
      return Result.problem("its pHYs gives x and y different resolutions");
    }
    Target found = null;
    for (Target c : candidates(f)) {
      OutputJob job = plan(c, size);
      if (job.width() == f.width() && job.height() == f.height()
          && (f.pixelsPerMeter() < 0 || job.pixelsPerMeter() == f.pixelsPerMeter())) {
        found = c;
        break;
      }
    }
    if (found == null) {
      Target.PointDpi larger = oneLarger(size, f);
      if (larger != null && f.format().equals("png") && suffixProblem(suffix) == null) {
        return Result.of(new Target.Placed(larger, new int[] {f.width(), f.height()},
            Target.Padding.NONE, 0, suffix));
      }
      return Result.problem(unexplained(size, f));
    }
    String claim = claimProblem(found, f, suffix);
    if (claim != null) {
      return Result.problem(claim);
    }
    if (f.format().equals("tiff")) {
      return suffix.equals(found.suffix()) ? Result.of(new Target.Tiff(found))
          : Result.problem("a TIFF is named with its size's suffix: as " + found.spec()
              + ".tiff it would end in '" + found.suffix() + ".tiff'");
    }
    if (suffix.equals(found.suffix())) {
      return Result.of(found);
    }
    String bad = suffixProblem(suffix);
    return bad != null ? Result.problem("its suffix " + bad)
        : Result.of(new Target.Placed(found, null, Target.Padding.NONE, 0, suffix));
  }

  /** The targets that could make it, cheapest explanation first. */
  private static List<Target> candidates(ImageFacts f) {
    List<Target> out = new ArrayList<>();
    out.add(new Target.OwnSize());
    if (f.pixelsPerMeter() > 0) {
      long dpi = Math.round(f.dpi());
      if (dpi >= 1 && dpi <= Target.MAX_DPI) {
        out.add(new Target.Dpi((int) dpi));
        out.add(new Target.PointDpi((int) dpi));
      }
    }
    int longest = Math.max(f.width(), f.height());
    if (longest >= 1 && longest <= Target.MAX_PIXELS) {
      out.add(new Target.Pixels(longest));
    }
    return out;
  }

  /** Illustrator's canvases are sometimes a pixel wider or taller than the rounded-up size. */
  private static Target.PointDpi oneLarger(IntrinsicSize size, ImageFacts f) {
    if (f.pixelsPerMeter() <= 0) {
      return null;
    }
    long dpi = Math.round(f.dpi());
    if (dpi < 1 || dpi > Target.MAX_DPI) {
      return null;
    }
    Target.PointDpi t = new Target.PointDpi((int) dpi);
    OutputJob job = plan(t, size);
    int dw = f.width() - job.width();
    int dh = f.height() - job.height();
    boolean close = dw >= 0 && dw <= 1 && dh >= 0 && dh <= 1 && dw + dh > 0;
    return close && job.pixelsPerMeter() == f.pixelsPerMeter() ? t : null;
  }

  private static Result icon(ImageFacts f, String suffix) {
    Target.Icon ours = f.format().equals("ico") ? Target.Icon.ICO : Target.Icon.ICNS;
    List<String> want = ours.sizes().stream().map(s -> s + "x" + s).toList();
    List<String> have = f.entries().stream().sorted((a, b) -> Integer.compare(
        Integer.parseInt(a.split("x")[0]), Integer.parseInt(b.split("x")[0]))).toList();
    if (!have.equals(want)) {
      return Result.problem("its entries are " + String.join(", ", have) + "; logokit's "
          + ours.extension() + " has " + String.join(", ", want));
    }
    if (!suffix.isEmpty()) {
      return Result.problem("an icon is named as its master, with no suffix");
    }
    return Result.of(ours);
  }

  /** A suffix that names a size ({@code -300px}) must name this file's. */
  private static String claimProblem(Target t, ImageFacts f, String suffix) {
    Matcher m = CLAIM.matcher(suffix);
    String said = null;
    while (m.find()) {
      said = m.group();
      int n = Integer.parseInt(m.group(1));
      boolean px = m.group(2).equalsIgnoreCase("px");
      boolean holds = px ? Math.max(f.width(), f.height()) == n
          : f.pixelsPerMeter() > 0 && Math.round(f.dpi()) == n;
      if (!holds) {
        return "its name says " + said + ", but it is " + facts(f) + ": that is the "
            + t.spec() + " target, which logokit names with '" + t.suffix() + "'";
      }
    }
    return null;
  }

  private static String suffixProblem(String suffix) {
    if (suffix.equals(".") || suffix.equals("..")) {
      return "is '" + suffix + "'";
    }
    return PathRules.nameProblem("x" + suffix);
  }

  private static String unexplained(IntrinsicSize size, ImageFacts f) {
    double expectedH = f.width() * size.height() / size.width();
    double expectedW = f.height() * size.width() / size.height();
    String master = String.format(Locale.ROOT, "%sx%s px", num(size.width()),
        num(size.height()));
    if (Math.abs(f.height() - expectedH) > 1.01 && Math.abs(f.width() - expectedW) > 1.01) {
      return "its aspect (" + f.width() + "x" + f.height() + ") is not its master's (" + master
          + ")";
    }
    return "no target explains " + facts(f) + " for a master of " + master + " (own, <D>dpi, "
        + "<D>dpi-pt and <N>px each give another size or pHYs)";
  }

  static String facts(ImageFacts f) {
    return f.width() + "x" + f.height() + (f.pixelsPerMeter() < 0 ? " with no pHYs"
        : String.format(Locale.ROOT, " at %s DPI (pHYs %d px/m)", num(f.dpi()),
            f.pixelsPerMeter()));
  }

  private static String num(double v) {
    return org.logokit.text.Decimals.shown(v);
  }

  static OutputJob plan(Target t, IntrinsicSize size) {
    MasterSpec m = new MasterSpec("m.svg", "m", List.of(t), List.of(Scheme.LIGHT), 0);
    return Planner.plan(new Kit(null, Kit.DEFAULT_NAMING, List.of(m), Limits.DEFAULT), m, size)
        .get(0);
  }
}
