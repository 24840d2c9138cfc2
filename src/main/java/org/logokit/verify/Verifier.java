package org.logokit.verify;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.ManifestJson;
import org.logokit.text.Sha256;
import org.logokit.plan.OutputJob;
import org.logokit.text.KeepPatterns;
import org.logokit.write.OutputFolder;

/**
 * Checks an output folder against its {@code manifest.json}: every listed file exists, decodes,
 * has the listed size, pHYs and hash, and nothing else is there. Files and folders whose names
 * start with '.' are not outputs and are skipped.
 *
 * <pre>{@code
 * List<Finding> findings = Verifier.verify(OutputFolder.open(Path.of("output"), false));
 * }</pre>
 */
public final class Verifier {
  private Verifier() {}

  /** An output over 512 MiB is not one logokit made (8192 x 8192 RGBA is 256 MiB raw). */
  public static final long MAX_FILE_BYTES = 512L << 20;

  /**
   * The findings, sorted by path; empty when the folder is exactly what the manifest says.
   * Only paths inside the folder are opened, never through a link; a manifest record that is
   * malformed or points elsewhere is a finding of its own.
   */
  public static List<Finding> verify(Path out) throws IOException {
    return verify(OutputFolder.open(out, false));
  }

  public static List<Finding> verify(OutputFolder out) throws IOException {
    ManifestJson.Read read;
    try {
      read = ManifestFile.read(out);
    } catch (NoSuchFileException e) {
      return List.of(new Finding.NoManifest(Manifest.FILE_NAME, "missing: nothing to verify "
          + "against (run logokit render first)"));
    } catch (IOException e) {
      return List.of(new Finding.NoManifest(Manifest.FILE_NAME, e.getMessage()));
    }
    List<Finding> findings = new ArrayList<>();
    read.problems().forEach(p -> findings.add(new Finding.BadRecord(Manifest.FILE_NAME, p)));
    Map<String, ManifestEntry> listed = new HashMap<>();
    for (ManifestEntry e : read.manifest().outputs()) {
      listed.put(e.path(), e);
      if (KeepPatterns.covers(read.manifest().keep(), e.path())) {
        findings.add(new Finding.BadRecord(e.path(), "listed as an output, but the manifest's "
            + "'keep' makes it a person's file (render leaves it out)"));
      } else {
        findings.addAll(checkListed(out, e));
      }
    }
    for (String path : outputsIn(out)) {
      if (listed.containsKey(path)) {
        continue;
      }
      if (!out.isFile(path)) {
        findings.add(new Finding.NotAFile(path, out.describe(path) + ": not an output "
            + "(logokit never follows links)"));
      } else if (KeepPatterns.looksLikeOutput(path)
          && !KeepPatterns.matches(read.manifest().keep(), path)) {
        findings.add(new Finding.Unlisted(path)); // a README beside the logos is not one
      }
    }
    findings.sort(Comparator.comparing(Finding::path));
    return findings;
  }

  private static List<Finding> checkListed(OutputFolder out, ManifestEntry e) {
    if (!out.exists(e.path())) {
      return List.of(new Finding.Missing(e.path()));
    }
    if (!out.isFile(e.path())) {
      return List.of(new Finding.NotAFile(e.path(), out.describe(e.path())
          + " where the manifest lists an output (logokit never follows links)"));
    }
    try {
      return checkFile(e, out.read(e.path(), MAX_FILE_BYTES));
    } catch (IOException ex) {
      return List.of(new Finding.Undecodable(e.path(), "cannot read: " + ex.getMessage()));
    }
  }

  /**
   * One file against its entry. A file whose hash matches is what render wrote, but its header
   * is still read so that a manifest edited by hand is caught too; a file whose hash does not
   * match is decoded fully to say how it differs.
   */
  public static List<Finding> checkFile(ManifestEntry e, byte[] bytes) {
    String sha = Sha256.hex(bytes);
    boolean same = sha.equals(e.sha256());
    if (e.format().equals("svg") || e.isText()) { // no pixels: the hash says it all
      return same ? List.of()
          : List.of(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
    }
    if (e.format().equals("ico") || e.format().equals("icns")) {
      return checkIcon(e, bytes, sha, same);
    }
    if (e.format().equals("pdf")) {
      return checkPdf(e, bytes, sha, same);
    }
    Raster r;
    try {
      r = e.format().equals("tiff") ? tiff(e, bytes, !same) : png(e, bytes, !same);
    } catch (IOException ex) {
      return List.of(new Finding.Undecodable(e.path(), ex.getMessage()));
    }
    List<Finding> findings = new ArrayList<>();
    if (r.width() != e.width() || r.height() != e.height()) {
      findings.add(new Finding.WrongSize(e.path(), e.width(), e.height(), r.width(),
          r.height()));
    }
    if (r.dpiFound() != null) {
      findings.add(new Finding.WrongDpi(e.path(), e.dpi(), OutputJob.pixelsPerMeter(e.dpi()),
          r.dpiFound()));
    }
    if (findings.isEmpty() && !same) {
      findings.add(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
    }
    return findings;
  }

  /**
   * A PNG's or TIFF's size and, when its resolution is not the entry's, what it is instead.
   *
   * @param dpiFound {@code null} when the resolution is right
   */
  private record Raster(int width, int height, String dpiFound) {}

  /** pHYs must be the entry's DPI in pixels per metre, exactly as render writes it. */
  private static Raster png(ManifestEntry e, byte[] bytes, boolean decode) throws IOException {
    PngInfo info = PngInfo.read(bytes, decode);
    int ppm = OutputJob.pixelsPerMeter(e.dpi());
    boolean right = info.pixelsPerMeterX() == ppm && info.pixelsPerMeterY() == ppm;
    return new Raster(info.width(), info.height(), right ? null : found(info));
  }

  /** The resolution tags hold the DPI in hundredths. */
  private static Raster tiff(ManifestEntry e, byte[] bytes, boolean decode) throws IOException {
    TiffInfo info = TiffInfo.read(bytes, decode);
    boolean right = Math.abs(info.dpi() - e.dpi()) <= 0.01; // false for NaN too
    return new Raster(info.width(), info.height(), right ? null
        : Double.isNaN(info.dpi()) ? "no resolution tags"
        : String.format(Locale.ROOT, "%.2f DPI (TIFF tags)", info.dpi()));
  }

  /** An ICO or ICNS: every entry is there at its size, and the hash matches. */
  private static List<Finding> checkIcon(ManifestEntry e, byte[] bytes, String sha,
      boolean same) {
    List<String> found;
    try {
      found = ImageFiles.entrySizes(bytes);
      if (!same) {
        ImageFiles.decodeAll(bytes);
      }
    } catch (IOException ex) {
      return List.of(new Finding.Undecodable(e.path(), ex.getMessage()));
    }
    List<String> expected = e.entries() == null ? List.of()
        : e.entries().stream().map(s -> s + "x" + s).toList();
    if (!found.equals(expected)) {
      return List.of(new Finding.WrongEntries(e.path(), expected, found));
    }
    return same ? List.of()
        : List.of(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
  }

  /** A PDF: read back, it has the page count and page size listed, and the hash matches. */
  private static List<Finding> checkPdf(ManifestEntry e, byte[] bytes, String sha,
      boolean same) {
    PdfFacts facts;
    try {
      facts = PdfFacts.read(bytes);
    } catch (IOException ex) {
      return List.of(new Finding.Undecodable(e.path(), ex.getMessage()));
    }
    String expected = pages(e.pages() == null ? 0 : e.pages(),
        e.pageWidth() == null ? Double.NaN : e.pageWidth(),
        e.pageHeight() == null ? Double.NaN : e.pageHeight());
    String found = pages(facts.pages(), facts.width(), facts.height());
    if (!expected.equals(found)) {
      return List.of(new Finding.WrongPages(e.path(), expected, found));
    }
    return same ? List.of()
        : List.of(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
  }

  /** "1 page of 150x37.5 pt": sizes to the hundredth of a point, as compared. */
  static String pages(int count, double width, double height) {
    return count + (count == 1 ? " page" : " pages") + " of " + points(width) + "x"
        + points(height) + " pt";
  }

  private static String points(double pt) {
    return org.logokit.text.Decimals.shown(pt);
  }

  private static String found(PngInfo info) {
    if (info.pixelsPerMeterX() < 0) {
      return "no pHYs";
    }
    String x = String.format(Locale.ROOT, "%.2f", info.pixelsPerMeterX() * 0.0254);
    return x + " DPI (pHYs " + info.pixelsPerMeterX()
        + (info.pixelsPerMeterY() != info.pixelsPerMeterX() ? "x" + info.pixelsPerMeterY() : "")
        + " px/m)";
  }

  /** Files render writes besides the outputs: the manifest and the contact sheet. */
  static final java.util.Set<String> GENERATED = java.util.Set.of(Manifest.FILE_NAME,
      "index.html");

  /**
   * Everything under the folder but the manifest, the contact sheet and dot-names (the lock,
   * temporary files, a person's {@code .gitkeep}), relative with '/'; links and special files
   * included, never followed.
   */
  public static List<String> outputsIn(OutputFolder out) throws IOException {
    return out.files().stream().filter(rel -> !GENERATED.contains(rel)).toList();
  }
}
