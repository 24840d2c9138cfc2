package org.logokit.adopt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.logokit.format.png.PngCodec;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.verify.ImageComparison;
import org.logokit.format.ImageFiles;
import org.logokit.verify.ManifestFile;
import org.logokit.verify.PixelChange;
import org.logokit.verify.Verifier;
import org.logokit.write.OutputFolder;

/**
 * {@code logokit compare}: an existing kit folder against a render, file by file: the same
 * names, the same dimensions, the same pHYs, and pixels within a tolerance (the mean difference
 * per channel on premultiplied RGBA, {@link ImageComparison}). Files of other kinds (the
 * masters, {@code manifest.json}, {@code index.html}) are not compared.
 *
 * <pre>{@code
 * KitComparison.Result r = KitComparison.compare(kit, render, KitComparison.DEFAULT_TOLERANCE);
 * }</pre>
 */
public final class KitComparison {
  /**
   * The mean difference per channel (0-255) a file may have: the fidelity test's per-file limit
   * against the XMPP kit Inkscape made (logokit's worst file there is 1.49). Anti-aliasing differs
   * between renderers; a wrong colour, offset or scale is well above it.
   */
  public static final double DEFAULT_TOLERANCE = 2.5;

  private static final String ONLY_RENDERED = "rendered, not in the kit";
  private static final String ONLY_IN_KIT = "in the kit, not rendered";

  private KitComparison() {}

  /**
   * One file of either folder.
   *
   * @param comparison the pixels' difference, or {@code null} when they could not be compared
   * @param problem what does not match, or {@code null} when the file matches
   */
  public record FileResult(String path, ImageFacts kit, ImageFacts render,
      ImageComparison comparison, RegionDifference region, String problem) {
    public boolean matches() {
      return problem == null;
    }

    /** In both folders, so compared: not a file one of them lacks. */
    public boolean inBoth() {
      return !ONLY_RENDERED.equals(problem) && !ONLY_IN_KIT.equals(problem);
    }
  }

  /**
   * @param files every image file of either folder, by path
   * @param changes the files that do not match, for {@code --report}
   */
  public record Result(List<FileResult> files, List<PixelChange> changes) {
    public boolean matches() {
      return files.stream().allMatch(FileResult::matches);
    }

    /** The mean difference over every file whose pixels were compared. */
    public double mean() {
      return files.stream().filter(f -> f.comparison() != null)
          .mapToDouble(f -> f.comparison().mean()).average().orElse(0);
    }

    /** The largest channel difference in any compared file. */
    public int max() {
      return files.stream().filter(f -> f.comparison() != null)
          .mapToInt(f -> f.comparison().max()).max().orElse(0);
    }

    /** The worst local difference in any compared file, or {@code null}. */
    public FileResult worstRegion() {
      return files.stream().filter(f -> f.region() != null)
          .max((a, b) -> Double.compare(a.region().mean(), b.region().mean())).orElse(null);
    }

    public FileResult worst() {
      return files.stream().filter(f -> f.comparison() != null)
          .max((a, b) -> Double.compare(a.comparison().mean(), b.comparison().mean()))
          .orElse(null);
    }
  }

  public static Result compare(OutputFolder kit, OutputFolder render, double tolerance)
      throws IOException {
    return compare(kit, render, tolerance, RegionDifference.DEFAULT_TOLERANCE);
  }

  /**
   * @param regionTolerance the largest mean difference per channel the worst window of a file
   *     may have ({@link RegionDifference})
   */
  public static Result compare(OutputFolder kit, OutputFolder render, double tolerance,
      double regionTolerance) throws IOException {
    TreeSet<String> paths = new TreeSet<>(images(kit));
    List<String> rendered = images(render);
    paths.addAll(rendered);
    Map<String, String> masters = masters(render);
    List<FileResult> files = new ArrayList<>();
    List<PixelChange> changes = new ArrayList<>();
    java.util.Set<String> inKit = new java.util.HashSet<>(images(kit));
    java.util.Set<String> inRender = new java.util.HashSet<>(rendered);
    // Files are decoded and compared in parallel: a few hundred take less than their render.
    Map<String, FileResult> compared = new java.util.concurrent.ConcurrentHashMap<>();
    paths.parallelStream().filter(p -> inKit.contains(p) && inRender.contains(p))
        .forEach(p -> compared.put(p, compareFile(kit, render, p, tolerance, regionTolerance)));
    for (String path : paths) {
      if (!inKit.contains(path) || !inRender.contains(path)) {
        boolean ours = inRender.contains(path);
        files.add(new FileResult(path, null, null, null, null, ours
            ? ONLY_RENDERED : ONLY_IN_KIT));
        if (ours) {
          byte[] after = readOrNull(render, path);
          if (after != null) {
            changes.add(new PixelChange(path, masters.getOrDefault(path, ""), null, after,
                null, "rendered, not in the kit"));
          }
        }
        continue;
      }
      FileResult r = compared.get(path);
      files.add(r);
      if (!r.matches()) {
        byte[] before = readOrNull(kit, path);
        byte[] after = readOrNull(render, path);
        if (after != null) {
          changes.add(new PixelChange(path, masters.getOrDefault(path, ""), before, after,
              r.comparison(), r.problem()));
        }
      }
    }
    return new Result(files, changes);
  }

  private static FileResult compareFile(OutputFolder kit, OutputFolder render, String path,
      double tolerance, double regionTolerance) {
    ImageFacts a;
    ImageFacts b;
    try {
      a = ImageFacts.read(kit, path);
    } catch (IOException | RuntimeException e) {
      return new FileResult(path, null, null, null, null, "the kit's file cannot be read: "
          + why(e));
    }
    try {
      b = ImageFacts.read(render, path);
    } catch (IOException | RuntimeException e) {
      return new FileResult(path, a, null, null, null, "the rendered file cannot be read: "
          + why(e));
    }
    List<String> problems = new ArrayList<>();
    boolean sameSize = a.width() == b.width() && a.height() == b.height()
        && a.entries().equals(b.entries());
    if (!sameSize) {
      problems.add("size " + size(a) + " in the kit, " + size(b) + " rendered");
    }
    // A kit file without pHYs states no resolution: the render's is not a difference. Tools
    // round or truncate px/m, so 1 px/m apart is the same DPI (3779 and 3780 are 96).
    if (a.pixelsPerMeter() >= 0 && !PngCodec.sameResolution(a.pixelsPerMeter(),
        b.pixelsPerMeter())) {
      problems.add("pHYs differs: " + phys(a) + " in the kit, " + phys(b) + " rendered");
    }
    ImageComparison cmp = null;
    RegionDifference region = null;
    if (sameSize) {
      try {
        List<BufferedImage> ka = decode(kit, path, "the kit's file");
        List<BufferedImage> rb = decode(render, path, "the rendered file");
        if (ka.size() != rb.size()) {
          throw new IOException("entry counts differ");
        }
        cmp = ImageComparison.ofAll(ka, rb);
        region = RegionDifference.ofAll(ka, rb);
        if (cmp.mean() > tolerance) {
          problems.add(String.format(Locale.ROOT, "pixels differ: mean %.3f per channel, over "
              + "the tolerance of %s", cmp.mean(), tolerance));
        }
        if (region.mean() > regionTolerance) {
          problems.add(String.format(Locale.ROOT, "a region differs: mean %.1f per channel in "
              + "the %dx%d px at (%d, %d), over the region tolerance of %s", region.mean(),
              region.side(), region.side(), region.x(), region.y(),
              org.logokit.text.Decimals.shown(regionTolerance)));
        }
      } catch (IOException | RuntimeException e) {
        problems.add("the pixels cannot be compared: " + why(e));
      }
    }
    return new FileResult(path, a, b, cmp, region, problems.isEmpty() ? null
        : String.join("; ", problems));
  }

  private static List<BufferedImage> decode(OutputFolder folder, String path, String which)
      throws IOException {
    try {
      return ImageFiles.decodeAll(folder.read(path, Verifier.MAX_FILE_BYTES)).stream()
          .map(KitComparison::argb).toList();
    } catch (IOException e) {
      throw new IOException(which + " does not decode: " + e.getMessage(), e);
    }
  }

  /**
   * The image as INT_ARGB, converted once: both measures read every pixel, and reading a PNG
   * decoder's byte layouts through {@code getRGB} converts each pixel on every read, which made
   * compare slower than the render it checks. RGBA and RGB bytes are copied by Java2D's exact
   * blit; other layouts (grey, palette) through their colour model, as {@code getRGB} reads them.
   */
  static BufferedImage argb(BufferedImage img) {
    int type = img.getType();
    if (type == BufferedImage.TYPE_INT_ARGB) {
      return img;
    }
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    if (type == BufferedImage.TYPE_4BYTE_ABGR || type == BufferedImage.TYPE_3BYTE_BGR
        || type == BufferedImage.TYPE_INT_RGB) {
      java.awt.Graphics2D g = out.createGraphics();
      g.setComposite(java.awt.AlphaComposite.Src);
      g.drawImage(img, 0, 0, null);
      g.dispose();
    } else {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        img.getRGB(0, y, w, 1, row, 0, w);
        out.setRGB(0, y, w, 1, row, 0, w);
      }
    }
    return out;
  }

  /** An exception's reason in a few words. */
  private static String why(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  private static List<String> images(OutputFolder folder) throws IOException {
    return folder.files().stream().filter(p -> ImageFacts.formatOf(p) != null).toList();
  }

  private static Map<String, String> masters(OutputFolder render) {
    Map<String, String> out = new HashMap<>();
    ManifestJson.Read m = ManifestFile.readOrNull(render);
    if (m != null) {
      for (ManifestEntry e : m.manifest().outputs()) {
        out.put(e.path(), e.master());
      }
    }
    return out;
  }

  private static byte[] readOrNull(OutputFolder folder, String path) {
    try {
      return folder.read(path, Verifier.MAX_FILE_BYTES);
    } catch (IOException e) {
      return null;
    }
  }

  private static String size(ImageFacts f) {
    return f.entries().isEmpty() ? f.width() + "x" + f.height()
        : String.join(" ", f.entries());
  }

  private static String phys(ImageFacts f) {
    return f.pixelsPerMeter() < 0 ? "none" : f.pixelsPerMeter() + " px/m ("
        + String.format(Locale.ROOT, "%.2f", f.dpi()) + " DPI)";
  }
}
