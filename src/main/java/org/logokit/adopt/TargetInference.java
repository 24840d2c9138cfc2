package org.logokit.adopt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.format.png.PngCodec;
import org.logokit.kit.Kit;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.plan.IntrinsicSize;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.text.Decimals;
import org.logokit.text.PathRules;

/**
 * Which targets make an export of a master: every one whose planned pixels are the file's and
 * whose pHYs is the file's (1 px/m apart is the same: tools round or truncate), from the file's
 * header alone:
 *
 * <ul>
 *   <li>{@code own}, {@code <D>dpi}, {@code <D>dpi-pt} for the DPI its pHYs gives;
 *   <li>{@code <N>px} for its longest side, the other side rounded to the nearest, up
 *       ({@code rsvg-convert -w N}) or down, and with the pHYs of the physical size or the
 *       exporter's fixed DPI ({@code {size: 512px, dpi: 72}});
 *   <li>a placement: the art at a DPI's scale centred on a larger canvas (a margin all round, a
 *       square canvas), as {@code {size, box, padding}}; Illustrator's canvas one pixel larger
 *       than {@code <D>dpi-pt} rounds to, as a box.
 * </ul>
 *
 * <p>The file's name suffix must be the target's, or a name of its own (a placement with that
 * suffix); a suffix that names another size ({@code -300px} on a 300 DPI file) is reported,
 * never followed. What nothing explains is reported with the closest target and how far it is.
 */
final class TargetInference {
  private static final Pattern CLAIM = Pattern.compile("(\\d{1,6})\\s*(px|dpi|ppi)",
      Pattern.CASE_INSENSITIVE);

  /** The cause of a file whose name says another size than it has: a mistake to rename. */
  static final String MISNAMED = "its name says another size";

  private TargetInference() {}

  /**
   * The targets that make the file, the most plausible first, or why there is none.
   *
   * @param targets never empty when {@code problem} is null
   * @param cause a short, fixed phrase to group reports by ({@code no target explains it})
   */
  record Result(List<Target> targets, String problem, String cause) {
    static Result of(List<Target> t) {
      return new Result(List.copyOf(t), null, null);
    }

    static Result problem(String cause, String why) {
      return new Result(List.of(), why, cause);
    }

    Target target() {
      return targets.isEmpty() ? null : targets.get(0);
    }
  }

  /**
   * The resolutions exporters write whatever the pixel size (Illustrator and Inkscape 1.x's
   * 72 and 96, Inkscape 0.x's 90, 2x screens' 144 and 192, print's 150, 200, 300 and 600):
   * an {@code <N>px} file at one of these keeps it as its stated DPI.
   */
  static final java.util.Set<Integer> FIXED_DPIS = java.util.Set.of(72, 90, 96, 144, 150, 192,
      200, 300, 600);

  static Result infer(IntrinsicSize size, ImageFacts f, String suffix) {
    return infer(size, f, suffix, () -> null);
  }

  /**
   * @param art where the art is on the export's canvas, decoded only when a placement is the
   *     explanation left; {@code null} when the pixels cannot be read
   */
  static Result infer(IntrinsicSize size, ImageFacts f, String suffix,
      java.util.function.Supplier<ArtBounds> art) {
    if (f.format().equals("ico") || f.format().equals("icns")) {
      return icon(f, suffix);
    }
    if (!f.squarePixels()) {
      return Result.problem("pHYs not square", "its pHYs gives x and y different resolutions");
    }
    List<Target> sizes = new ArrayList<>();
    for (Target c : candidates(f)) {
      if (makes(c, size, f)) {
        sizes.add(c);
      }
    }
    if (sizes.isEmpty()) {
      if (!f.format().equals("png")) {
        return unexplained(size, f);
      }
      List<Target> fits = placements(size, f, suffix);
      if (fits.isEmpty()) {
        return unexplained(size, f);
      }
      ArtBounds bounds = art.get();
      if (bounds == null) {
        return Result.problem("pixels cannot be read", facts(f) + ": a placement on a larger "
            + "canvas would explain it, but its pixels cannot be read to tell where its art is");
      }
      List<Target> placed = new ArrayList<>();
      for (Target t : fits) {
        Target.Placed p = (Target.Placed) t;
        Target withBackground = new Target.Placed(p.size(), p.box(), p.padding(),
            bounds.background(), p.suffix());
        if (bounds.inside(plan(withBackground, size).content())) {
          placed.add(withBackground);
        }
      }
      if (placed.isEmpty()) {
        Target.Placed p = (Target.Placed) fits.get(0);
        return Result.problem("art not centred", facts(f) + ": its canvas is larger than "
            + "the art at " + p.size().spec() + ", but the art is not where a centred "
            + "placement puts it (" + bounds.margins() + ")");
      }
      String bad = suffixProblem(suffix);
      return bad != null ? Result.problem("bad suffix", "its suffix " + bad)
          : Result.of(placed);
    }
    String claim = claimProblem(sizes.get(0), f, suffix);
    if (claim != null) {
      return Result.problem(MISNAMED, claim);
    }
    if (f.format().equals("tiff")) {
      for (Target t : sizes) {
        if (suffix.equals(t.suffix()) && !(t instanceof Target.Pixels p && (p.dpi() > 0
            || p.round() != Target.Rounding.NEAREST))) { // a TIFF's size is a plain spec
          return Result.of(List.of(new Target.Tiff(t)));
        }
      }
      return Result.problem("TIFF named otherwise", "a TIFF is named with its size's suffix: "
          + "as " + sizes.get(0).spec() + ".tiff it would end in '" + sizes.get(0).suffix()
          + ".tiff'");
    }
    List<Target> out = new ArrayList<>();
    sizes.stream().filter(t -> suffix.equals(t.suffix())).forEach(out::add);
    String bad = suffixProblem(suffix);
    if (bad == null) {
      sizes.stream().filter(t -> !suffix.equals(t.suffix()))
          .forEach(t -> out.add(new Target.Placed(t, null, Target.Padding.NONE, 0, suffix)));
    }
    return out.isEmpty() ? Result.problem("bad suffix", "its suffix " + bad) : Result.of(out);
  }

  /** Whether the target plans exactly the file's pixels, and its pHYs within 1 px/m. */
  static boolean makes(Target t, IntrinsicSize size, ImageFacts f) {
    OutputJob job = plan(t, size);
    return job.width() == f.width() && job.height() == f.height()
        && (f.pixelsPerMeter() < 0 || PngCodec.sameResolution(job.pixelsPerMeter(),
            f.pixelsPerMeter()));
  }

  /** The whole DPI the file's pHYs states (2835 and 2834 px/m are 72), or 0. */
  static int statedDpi(ImageFacts f) {
    if (f.pixelsPerMeter() <= 0) {
      return 0;
    }
    long dpi = Math.round(f.dpi());
    return dpi >= 1 && dpi <= Target.MAX_DPI && PngCodec.sameResolution(
        PngCodec.pixelsPerMeter(dpi), f.pixelsPerMeter()) ? (int) dpi : 0;
  }

  /** The targets that could make it without a canvas of its own, cheapest explanation first. */
  private static List<Target> candidates(ImageFacts f) {
    List<Target> out = new ArrayList<>();
    out.add(new Target.OwnSize());
    int dpi = statedDpi(f);
    if (dpi > 0) {
      out.add(new Target.Dpi(dpi));
      out.add(new Target.PointDpi(dpi));
    }
    int longest = Math.max(f.width(), f.height());
    if (longest >= 1 && longest <= Target.MAX_PIXELS) {
      for (Target.Rounding r : Target.Rounding.values()) {
        out.add(new Target.Pixels(longest, 0, r));
      }
      if (FIXED_DPIS.contains(dpi)) {
        for (Target.Rounding r : Target.Rounding.values()) {
          out.add(new Target.Pixels(longest, dpi, r));
        }
      }
    }
    return out;
  }

  /**
   * The art at a scale the pHYs gives (own at 96 DPI, {@code <D>dpi}, {@code <D>dpi-pt}),
   * centred on a canvas larger than it: a padding of the smaller margin, so the art keeps that
   * scale; Illustrator's canvas a pixel larger than the rounded-up size, as a box alone; or the
   * art fitted to a square canvas ({@code {size: <N>px, box: NxN}}).
   */
  private static List<Target> placements(IntrinsicSize size, ImageFacts f, String suffix) {
    List<Target> out = new ArrayList<>();
    int dpi = statedDpi(f);
    int[] box = {f.width(), f.height()};
    List<Target> scales = new ArrayList<>();
    if (f.pixelsPerMeter() < 0 || dpi == 96) {
      scales.add(new Target.OwnSize());
    }
    if (dpi > 0) {
      scales.add(new Target.Dpi(dpi));
      scales.add(new Target.PointDpi(dpi));
    }
    for (Target s : scales) {
      OutputJob bare = plan(s, size);
      double aw = bare.content().width();
      double ah = bare.content().height();
      int dw = f.width() - bare.width();
      int dh = f.height() - bare.height();
      if (dw < 0 || dh < 0 || dw + dh == 0) {
        continue;
      }
      if (s instanceof Target.PointDpi && dw <= 1 && dh <= 1) {
        add(out, new Target.Placed(s, box, Target.Padding.NONE, 0, suffix), size, f);
        continue;
      }
      double margin = Math.min(f.width() - aw, f.height() - ah) / 2;
      if (margin >= 0.5) {
        add(out, new Target.Placed(s, box, padding(margin, Math.min(f.width(), f.height())), 0,
            suffix), size, f);
      }
    }
    if (f.width() == f.height()) {
      for (int d : new int[] {0, FIXED_DPIS.contains(dpi) ? dpi : 0}) { // physical, or fixed
        add(out, new Target.Placed(new Target.Pixels(f.width(), d, Target.Rounding.NEAREST),
            box, Target.Padding.NONE, 0, suffix), size, f);
      }
    }
    return out;
  }

  private static void add(List<Target> out, Target t, IntrinsicSize size, ImageFacts f) {
    if (makes(t, size, f) && !out.contains(t)) {
      out.add(t);
    }
  }

  /** A margin as a person writes it: a whole percentage of the shorter side, else pixels. */
  static Target.Padding padding(double px, int shorterSide) {
    double percent = px * 100 / shorterSide;
    if (Math.abs(percent - Math.rint(percent)) < 1e-6 && percent >= 1) {
      return new Target.Padding(Math.rint(percent), true);
    }
    return new Target.Padding(Double.parseDouble(Decimals.shown(px)), false);
  }

  private static Result icon(ImageFacts f, String suffix) {
    Target.Icon ours = f.format().equals("ico") ? Target.Icon.ICO : Target.Icon.ICNS;
    List<String> want = ours.sizes().stream().map(s -> s + "x" + s).toList();
    List<String> have = f.entries().stream().sorted((a, b) -> Integer.compare(
        Integer.parseInt(a.split("x")[0]), Integer.parseInt(b.split("x")[0]))).toList();
    if (!have.equals(want)) {
      return Result.problem("other icon entries", "its entries are " + String.join(", ", have)
          + "; logokit's " + ours.extension() + " has " + String.join(", ", want));
    }
    if (!suffix.isEmpty()) {
      return Result.problem("icon named otherwise", "an icon is named as its master, with no "
          + "suffix");
    }
    return Result.of(List.of(ours));
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

  /**
   * Why nothing makes it, with the closest target: "437x500 at 96.01 DPI (pHYs 3780 px/m):
   * closest is own, 436x500 at 96 DPI: 1 px narrower (the master is 436.4x500 px)".
   */
  private static Result unexplained(IntrinsicSize size, ImageFacts f) {
    double expectedH = f.width() * size.height() / size.width();
    double expectedW = f.height() * size.width() / size.height();
    String master = "the master is " + num(size.width()) + "x" + num(size.height()) + " px";
    if (Math.abs(f.height() - expectedH) > 1.01 && Math.abs(f.width() - expectedW) > 1.01) {
      return Result.problem("another aspect", "its aspect (" + f.width() + "x" + f.height()
          + ") is not its master's (" + master.substring("the master is ".length()) + ")");
    }
    List<Target> tried = new ArrayList<>(candidates(f));
    if (statedDpi(f) == 0 && f.pixelsPerMeter() > 0) {
      long near = Math.max(1, Math.min(Target.MAX_DPI, Math.round(f.dpi())));
      tried.add(new Target.Dpi((int) near));
      tried.add(new Target.PointDpi((int) near));
    }
    Target best = tried.stream().min(Comparator.comparingDouble(t -> distance(t, size, f)))
        .orElseThrow();
    OutputJob job = plan(best, size);
    List<String> off = new ArrayList<>();
    if (job.width() != f.width()) {
      off.add(Math.abs(job.width() - f.width()) + " px " + (f.width() > job.width() ? "wider"
          : "narrower"));
    }
    if (job.height() != f.height()) {
      off.add(Math.abs(job.height() - f.height()) + " px " + (f.height() > job.height()
          ? "taller" : "shorter"));
    }
    if (f.pixelsPerMeter() >= 0 && !PngCodec.sameResolution(job.pixelsPerMeter(),
        f.pixelsPerMeter())) {
      off.add("pHYs " + Math.abs(job.pixelsPerMeter() - f.pixelsPerMeter()) + " px/m off "
          + num(job.dpi()) + " DPI");
    }
    return Result.problem("no target explains it", facts(f) + ": the closest target, "
        + best.spec() + ", gives " + job.width() + "x" + job.height() + " at "
        + num(job.dpi()) + " DPI: " + String.join(", ", off) + " (" + master + ")");
  }

  /** How far a target's plan is from the file: pixels off, then pHYs off, in one number. */
  private static double distance(Target t, IntrinsicSize size, ImageFacts f) {
    OutputJob job = plan(t, size);
    double px = Math.abs(job.width() - f.width()) + Math.abs(job.height() - f.height());
    double ppm = f.pixelsPerMeter() < 0 ? 0
        : Math.abs(job.pixelsPerMeter() - f.pixelsPerMeter()) / (double) f.pixelsPerMeter();
    return px + ppm * 10;
  }

  static String facts(ImageFacts f) {
    return f.width() + "x" + f.height() + (f.pixelsPerMeter() < 0 ? " with no pHYs"
        : String.format(Locale.ROOT, " at %s DPI (pHYs %d px/m)", num(f.dpi()),
            f.pixelsPerMeter()));
  }

  private static String num(double v) {
    return Decimals.shown(v);
  }

  static OutputJob plan(Target t, IntrinsicSize size) {
    MasterSpec m = new MasterSpec("m.svg", "m", List.of(t), List.of(Scheme.LIGHT), 0);
    return Planner.plan(new Kit(null, Kit.DEFAULT_NAMING, List.of(m), Limits.DEFAULT), m, size)
        .get(0);
  }
}
