package org.logokit.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Target;
import org.logokit.render.SvgException;
import org.logokit.verify.ImageComparison;
import org.logokit.verify.PixelChange;
import org.logokit.verify.ImageFiles;
import org.logokit.verify.Verifier;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;

/**
 * {@code check --pixels}: renders every output in memory and compares its pixels with the file
 * in the output folder, to catch what hashes cannot (another renderer or JDK). Writes nothing.
 */
public final class PixelCheck {
  private PixelCheck() {}

  /**
   * @param changes outputs whose pixels differ, in kit order
   * @param failures masters that could not be rendered
   */
  public record Result(List<PixelChange> changes, List<Diagnostic> failures) {}

  public static Result compare(Kit kit, Path assets, Path out, int jobs)
      throws InterruptedException, java.io.IOException {
    return compare(kit, assets, OutputFolder.open(out, false), jobs);
  }

  public static Result compare(Kit kit, Path assets, OutputFolder out, int jobs)
      throws InterruptedException {
    FontPolicy fonts;
    try {
      fonts = FontPolicy.load(kit, assets, true);
    } catch (KitException e) {
      return new Result(List.of(), e.diagnostics());
    }
    List<Result> perMaster = Parallel.map(kit.masters(), jobs,
        m -> compare(kit, m, assets, out, fonts));
    List<PixelChange> changes = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    for (Result r : perMaster) {
      changes.addAll(r.changes());
      failures.addAll(r.failures());
    }
    return new Result(changes, failures);
  }

  private static Result compare(Kit kit, MasterSpec master, Path assets, OutputFolder out,
      FontPolicy fonts) {
    String where = Shown.of(assets.resolve(master.file()).toString());
    List<PixelChange> changes = new ArrayList<>();
    try {
      // Only a changed output is encoded, for the report: most are not, and encoding is most
      // of the work (with optimize: true, nearly all of it).
      for (Rasterizer.Painted p : Rasterizer.paint(kit, master, assets, fonts)) {
        if (p.job().target() instanceof Target.Pdf) {
          PixelChange c = comparePdf(p, out);
          if (c != null) {
            changes.add(c);
          }
          continue;
        }
        if (p.copy() != null) {
          continue; // a copy of the master has no pixels of its own: its hash is checked
        }
        PixelChange c = compare(kit, p, out);
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

  private static PixelChange compare(Kit kit, Rasterizer.Painted fresh, OutputFolder out)
      throws SvgException {
    String path = fresh.job().path();
    String master = fresh.job().master();
    if (!out.isFile(path)) {
      return new PixelChange(path, master, null, Rasterizer.encode(kit, fresh), null,
          out.exists(path) ? "not a file to compare: " + out.describe(path)
              : "no file to compare");
    }
    byte[] before;
    List<BufferedImage> old;
    try {
      before = out.read(path, Verifier.MAX_FILE_BYTES);
      old = ImageFiles.decodeAll(before);
    } catch (IOException e) {
      return new PixelChange(path, master, null, Rasterizer.encode(kit, fresh), null,
          "the file does not decode: " + e.getMessage());
    }
    List<BufferedImage> now = fresh.images();
    if (!sizes(old).equals(sizes(now))) {
      return new PixelChange(path, master, before, Rasterizer.encode(kit, fresh), null,
          "size " + sizes(old) + " -> " + sizes(now));
    }
    ImageComparison cmp = ImageComparison.ofAll(old, now);
    long pixels = now.stream().mapToLong(i -> (long) i.getWidth() * i.getHeight()).sum();
    if (cmp.max() == 0) {
      return null;
    }
    return new PixelChange(path, master, before, Rasterizer.encode(kit, fresh), cmp,
        String.format(Locale.ROOT, "max %d, mean %.3f per channel, %d of %d pixels", cmp.max(),
            cmp.mean(), cmp.changedPixels(), pixels));
  }

  /**
   * A PDF is not rasterised here: its bytes are reproducible, so the file must be exactly the
   * one a fresh render makes. A committed PDF whose manifest hash was rewritten to match is
   * caught here, as a PNG's pixels are.
   */
  private static PixelChange comparePdf(Rasterizer.Painted fresh, OutputFolder out) {
    String path = fresh.job().path();
    String master = fresh.job().master();
    if (!out.isFile(path)) {
      return new PixelChange(path, master, null, fresh.copy(), null,
          out.exists(path) ? "not a file to compare: " + out.describe(path)
              : "no file to compare");
    }
    byte[] before;
    try {
      before = out.read(path, Verifier.MAX_FILE_BYTES);
    } catch (IOException e) {
      return new PixelChange(path, master, null, fresh.copy(), null, "the file cannot be read");
    }
    return java.util.Arrays.equals(before, fresh.copy()) ? null
        : new PixelChange(path, master, null, fresh.copy(), null,
            "the PDF is not the one a fresh render makes (its bytes differ)");
  }

  /** "16x16 32x32" for an icon, "64x64" for a PNG. */
  private static String sizes(List<BufferedImage> images) {
    StringBuilder sb = new StringBuilder();
    for (BufferedImage i : images) {
      sb.append(sb.length() == 0 ? "" : " ").append(i.getWidth()).append('x')
          .append(i.getHeight());
    }
    return sb.toString();
  }
}
