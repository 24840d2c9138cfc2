package org.logokit.adopt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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

  private KitComparison() {}

  /**
   * One file of either folder.
   *
   * @param comparison the pixels' difference, or {@code null} when they could not be compared
   * @param problem what does not match, or {@code null} when the file matches
   */
  public record FileResult(String path, ImageFacts kit, ImageFacts render,
      ImageComparison comparison, String problem) {
    public boolean matches() {
      return problem == null;
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

    public FileResult worst() {
      return files.stream().filter(f -> f.comparison() != null)
          .max((a, b) -> Double.compare(a.comparison().mean(), b.comparison().mean()))
          .orElse(null);
    }
  }

  public static Result compare(OutputFolder kit, OutputFolder render, double tolerance)
      throws IOException {
    TreeSet<String> paths = new TreeSet<>(images(kit));
    List<String> rendered = images(render);
    paths.addAll(rendered);
    Map<String, String> masters = masters(render);
    List<FileResult> files = new ArrayList<>();
    List<PixelChange> changes = new ArrayList<>();
    List<String> inKit = images(kit);
    for (String path : paths) {
      if (!inKit.contains(path) || !rendered.contains(path)) {
        boolean ours = rendered.contains(path);
        files.add(new FileResult(path, null, null, null, ours
            ? "rendered, not in the kit" : "in the kit, not rendered"));
        if (ours) {
          byte[] after = readOrNull(render, path);
          if (after != null) {
            changes.add(new PixelChange(path, masters.getOrDefault(path, ""), null, after,
                null, "rendered, not in the kit"));
          }
        }
        continue;
      }
      FileResult r = compareFile(kit, render, path, tolerance);
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
      double tolerance) {
    ImageFacts a;
    ImageFacts b;
    try {
      a = ImageFacts.read(kit, path);
    } catch (IOException | RuntimeException e) {
      return new FileResult(path, null, null, null, "the kit's file cannot be read: "
          + why(e));
    }
    try {
      b = ImageFacts.read(render, path);
    } catch (IOException | RuntimeException e) {
      return new FileResult(path, a, null, null, "the rendered file cannot be read: "
          + why(e));
    }
    List<String> problems = new ArrayList<>();
    if (a.width() != b.width() || a.height() != b.height() || !a.entries().equals(b.entries())) {
      problems.add("size " + size(a) + " in the kit, " + size(b) + " rendered");
    }
    if (a.pixelsPerMeter() != b.pixelsPerMeter()) {
      problems.add("pHYs " + phys(a) + " in the kit, " + phys(b) + " rendered");
    }
    ImageComparison cmp = null;
    if (problems.isEmpty()) {
      try {
        cmp = pixels(kit, render, path);
        if (cmp.mean() > tolerance) {
          problems.add(String.format(Locale.ROOT, "pixels differ: mean %.3f per channel, over "
              + "the tolerance of %s", cmp.mean(), tolerance));
        }
      } catch (IOException | RuntimeException e) {
        problems.add("the pixels cannot be compared: " + why(e));
      }
    }
    return new FileResult(path, a, b, cmp, problems.isEmpty() ? null
        : String.join("; ", problems));
  }

  /**
   * Every entry compared; the mean weighted by pixels, the max over all. Each file is decoded
   * within {@link ImageFiles}' budgets, whatever its header claimed to {@link ImageFacts}.
   */
  private static ImageComparison pixels(OutputFolder kit, OutputFolder render, String path)
      throws IOException {
    List<BufferedImage> a = decode(kit, path, "the kit's file");
    List<BufferedImage> b = decode(render, path, "the rendered file");
    if (a.size() != b.size()) {
      throw new IOException("entry counts differ");
    }
    return ImageComparison.ofAll(a, b);
  }

  private static List<BufferedImage> decode(OutputFolder folder, String path, String which)
      throws IOException {
    try {
      return ImageFiles.decodeAll(folder.read(path, Verifier.MAX_FILE_BYTES));
    } catch (IOException e) {
      throw new IOException(which + " does not decode: " + e.getMessage(), e);
    }
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
