package org.logokit.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.format.Format;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.MasterSpec;
import org.logokit.manifest.BuildInfo;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.plan.OutputJob;
import org.logokit.screen.SvgException;
import org.logokit.text.Sha256;
import org.logokit.text.Shown;
import org.logokit.verify.Finding;
import org.logokit.verify.ImageComparison;
import org.logokit.format.ImageFiles;
import org.logokit.format.ImageLayout;
import org.logokit.verify.PixelChange;
import org.logokit.verify.Verifier;
import org.logokit.write.OutputFolder;

/**
 * {@code check --pixels}: renders every output in memory and proves each file in the output
 * folder is what this logokit makes, whatever its manifest says (a pull request writes both).
 * Writes nothing.
 *
 * <p>Outputs are reproducible, so the proof is the bytes: each output is encoded and compared
 * with the file. Only where they differ are pixels compared (and reported as figures), after the
 * file's headers say the planned size, so a pull request's file is never decoded beyond what this
 * logokit paints. A file with the same pixels but other bytes passes only when its record names
 * another encoder than this logokit's (a new deflater) and its format proves it is this
 * logokit's output encoded otherwise ({@link org.logokit.format.Codec#otherEncoding}: laid out
 * as logokit writes it, the same header, palette and metadata, the same image data once
 * inflated, nothing after it), and its size and DPI are what the kit plans. Any other file (a
 * TIFF, a PDF, a copy of the master, an icon set's text file) must be the same bytes.
 */
public final class PixelCheck {
  private PixelCheck() {}

  /**
   * @param changes outputs that are not what a fresh render makes, in kit order
   * @param failures masters that could not be rendered
   */
  public record Result(List<PixelChange> changes, List<Diagnostic> failures) {}

  public static Result compare(Kit kit, Path assets, Path out, int jobs)
      throws InterruptedException, java.io.IOException {
    return compare(kit, assets, OutputFolder.open(out, false), null, jobs);
  }

  /** @param manifest the folder's manifest as read, for each record's encoder; or {@code null} */
  public static Result compare(Kit kit, Path assets, OutputFolder out, Manifest manifest,
      int jobs) throws InterruptedException {
    FontPolicy fonts;
    try {
      fonts = FontPolicy.load(kit, assets, true);
    } catch (KitException e) {
      return new Result(List.of(), e.diagnostics());
    }
    Map<String, ManifestEntry> records = new HashMap<>();
    if (manifest != null) {
      manifest.outputs().forEach(e -> records.put(e.path(), e));
    }
    List<Result> perMaster = Parallel.map(kit.masters(), jobs,
        m -> compare(kit, m, assets, out, fonts, records));
    List<PixelChange> changes = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    for (Result r : perMaster) {
      changes.addAll(r.changes());
      failures.addAll(r.failures());
    }
    return new Result(changes, failures);
  }

  private static Result compare(Kit kit, MasterSpec master, Path assets, OutputFolder out,
      FontPolicy fonts, Map<String, ManifestEntry> records) {
    String where = Shown.of(assets.resolve(master.file()).toString());
    List<PixelChange> changes = new ArrayList<>();
    try {
      for (Rasterizer.Painted p : Rasterizer.paint(kit, master, assets, fonts)) {
        PixelChange c = compare(kit, p, out, records.get(p.job().path()));
        if (c != null) {
          changes.add(c);
        }
      }
    } catch (SvgException e) {
      return new Result(List.of(), List.of(Diagnostic.of(where, e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(List.of(), List.of(Diagnostic.of(where, "interrupted")));
    }
    return new Result(changes, List.of());
  }

  /** {@code null} when the file is proved to be what this logokit makes. */
  private static PixelChange compare(Kit kit, Rasterizer.Painted fresh, OutputFolder out,
      ManifestEntry record) throws SvgException {
    OutputJob job = fresh.job();
    String path = job.path();
    String master = job.master();
    boolean images = !fresh.images().isEmpty();
    byte[] now = Rasterizer.encode(kit, fresh);
    if (!out.isFile(path)) {
      return new PixelChange(path, master, null, now, images, null,
          out.exists(path) ? "not a file to compare: " + out.describe(path)
              : "no file to compare");
    }
    byte[] before;
    try {
      before = out.read(path, Verifier.MAX_FILE_BYTES);
    } catch (IOException e) {
      return new PixelChange(path, master, null, now, images, null, "the file cannot be read");
    }
    if (Arrays.equals(before, now)) {
      return null;
    }
    if (!images) {
      return new PixelChange(path, master, before, now, false, null, "its bytes differ ("
          + before.length + " bytes, a fresh render makes " + now.length + ")");
    }
    List<BufferedImage> painted = fresh.images();
    String claimed;
    try {
      // The file's headers first: a file that is not the planned size is not decoded, so a
      // pull request's outputs cost at most what this logokit paints for them.
      claimed = sizes(ImageLayout.of(before).images().stream()
          .map(i -> i.width() + "x" + i.height()).toList());
    } catch (IOException e) {
      return new PixelChange(path, master, null, now, null, "the file does not decode: "
          + e.getMessage());
    }
    String planned = sizes(painted.stream().map(i -> i.getWidth() + "x" + i.getHeight())
        .toList());
    if (!claimed.equals(planned)) {
      return new PixelChange(path, master, null, now, null,
          "size " + claimed + " -> " + planned);
    }
    String oversized = org.logokit.format.Codec.oversized(now, before);
    if (oversized != null) { // nothing to prove or show: no decode of what may be 512 MiB
      return new PixelChange(path, master, null, now, null, "its bytes differ: " + oversized);
    }
    List<BufferedImage> old;
    try {
      old = ImageFiles.decodeAll(before);
    } catch (IOException e) {
      return new PixelChange(path, master, null, now, null, "the file does not decode: "
          + e.getMessage());
    }
    if (old.size() != painted.size()) {
      return new PixelChange(path, master, null, now, null,
          old.size() + " images where a fresh render makes " + painted.size());
    }
    ImageComparison cmp = ImageComparison.ofAll(old, painted);
    if (cmp.max() > 0) {
      long pixels = painted.stream().mapToLong(i -> (long) i.getWidth() * i.getHeight()).sum();
      return new PixelChange(path, master, before, now, cmp,
          String.format(Locale.ROOT, "max %d, mean %.3f per channel, %d of %d pixels",
              cmp.max(), cmp.mean(), cmp.changedPixels(), pixels));
    }
    String why = otherBytes(kit, job, now, before, record);
    return why == null ? null : new PixelChange(path, master, before, now, cmp,
        "the same pixels, but " + why);
  }

  /**
   * Why a file with the pixels this logokit makes is still not accepted as its output, or
   * {@code null} when it is: another encoder's bytes, laid out as logokit's, at the planned
   * size and DPI.
   */
  private static String otherBytes(Kit kit, OutputJob job, byte[] now, byte[] file,
      ManifestEntry record) {
    Format format = job.format();
    // The plan's record of this very file: any size or DPI finding is the file's metadata.
    ManifestEntry planned = ManifestEntry.builder(job.path()).target(job.target().spec())
        .image(job.width(), job.height(), job.dpi()).file(file.length, Sha256.hex(file))
        .format(format, kit.encoding()).entries(entries(job)).build();
    if (record != null && record.encoder() != null) {
      // Its metadata as the encoder its record names wrote it (png-1 truncated pHYs).
      planned = planned.toBuilder().made(planned.renderer(), record.encoder()).build();
    }
    for (Finding f : Verifier.checkFile(planned, file)) {
      return f.message() + " (the kit plans " + job.width() + "x" + job.height() + " at "
          + Finding.WrongDpi.dpi(job.dpi()) + " DPI)";
    }
    String encoding = format.codec().otherEncoding(now, file);
    if (encoding != null) {
      return encoding;
    }
    String ours = BuildInfo.encoder(format, kit.encoding());
    if (record == null || ours.equals(record.encoder())) {
      return "other bytes than this logokit's encoder (" + ours + ") makes, which "
          + (record == null ? "a file with no record must have" : "its record says made them");
    }
    return null;
  }

  private static List<Integer> entries(OutputJob job) {
    return job.target().drawn() instanceof org.logokit.kit.Target.Icon icon
        ? icon.sizes() : null;
  }

  /** "16x16 32x32" for an icon, "64x64" for a PNG. */
  private static String sizes(List<String> sizes) {
    return String.join(" ", sizes);
  }
}
