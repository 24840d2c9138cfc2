package org.logokit.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.Sha256;
import org.logokit.plan.OutputJob;

/**
 * Checks an output folder against its {@code manifest.json}: every listed file exists, decodes,
 * has the listed size, pHYs and hash, and nothing else is there. Files and folders whose names
 * start with '.' are not outputs and are skipped.
 *
 * <pre>{@code
 * List<Finding> findings = Verifier.verify(Path.of("output"));
 * }</pre>
 */
public final class Verifier {
  private Verifier() {}

  /** The findings, sorted by path; empty when the folder is exactly what the manifest says. */
  public static List<Finding> verify(Path out) throws IOException {
    Manifest manifest;
    try {
      manifest = ManifestFile.read(out);
    } catch (NoSuchFileException e) {
      return List.of(new Finding.NoManifest(Manifest.FILE_NAME, "missing: nothing to verify "
          + "against (run logokit render first)"));
    } catch (IOException e) {
      return List.of(new Finding.NoManifest(Manifest.FILE_NAME, e.getMessage()));
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, ManifestEntry> listed = new HashMap<>();
    for (ManifestEntry e : manifest.outputs()) {
      listed.put(e.path(), e);
      Path file = out.resolve(e.path());
      if (!Files.isRegularFile(file)) {
        findings.add(new Finding.Missing(e.path()));
      } else {
        findings.addAll(checkFile(e, Files.readAllBytes(file)));
      }
    }
    for (String path : outputsIn(out)) {
      if (!listed.containsKey(path)) {
        findings.add(new Finding.Unlisted(path));
      }
    }
    findings.sort(Comparator.comparing(Finding::path));
    return findings;
  }

  /**
   * One file against its entry. A file whose hash matches is what render wrote, but its header
   * is still read so that a manifest edited by hand is caught too; a file whose hash does not
   * match is decoded fully to say how it differs.
   */
  static List<Finding> checkFile(ManifestEntry e, byte[] bytes) {
    String sha = Sha256.hex(bytes);
    boolean same = sha.equals(e.sha256());
    if (e.format().equals("tiff")) {
      return checkTiff(e, bytes, sha, same);
    }
    if (!e.isPng()) {
      return checkIcon(e, bytes, sha, same);
    }
    PngInfo info;
    try {
      info = PngInfo.read(bytes, !same);
    } catch (IOException ex) {
      return List.of(new Finding.Undecodable(e.path(), ex.getMessage()));
    }
    List<Finding> findings = new ArrayList<>();
    if (info.width() != e.width() || info.height() != e.height()) {
      findings.add(new Finding.WrongSize(e.path(), e.width(), e.height(), info.width(),
          info.height()));
    }
    int ppm = OutputJob.pixelsPerMeter(e.dpi());
    if (info.pixelsPerMeterX() != ppm || info.pixelsPerMeterY() != ppm) {
      findings.add(new Finding.WrongDpi(e.path(), e.dpi(), ppm, found(info)));
    }
    if (findings.isEmpty() && !same) {
      findings.add(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
    }
    return findings;
  }

  /** An ICO or ICNS: every entry is there at its size, and the hash matches. */
  private static List<Finding> checkIcon(ManifestEntry e, byte[] bytes, String sha,
      boolean same) {
    List<String> found;
    try {
      found = Pngs.entrySizes(bytes);
      if (!same) {
        Pngs.decodeAll(bytes);
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

  /** A print TIFF: its size and its resolution tags, then the hash. */
  private static List<Finding> checkTiff(ManifestEntry e, byte[] bytes, String sha,
      boolean same) {
    TiffInfo info;
    try {
      info = TiffInfo.read(bytes, !same);
    } catch (IOException ex) {
      return List.of(new Finding.Undecodable(e.path(), ex.getMessage()));
    }
    List<Finding> findings = new ArrayList<>();
    if (info.width() != e.width() || info.height() != e.height()) {
      findings.add(new Finding.WrongSize(e.path(), e.width(), e.height(), info.width(),
          info.height()));
    }
    if (Double.isNaN(info.dpi()) || Math.abs(info.dpi() - e.dpi()) > 0.01) {
      findings.add(new Finding.WrongDpi(e.path(), e.dpi(), OutputJob.pixelsPerMeter(e.dpi()),
          Double.isNaN(info.dpi()) ? "no resolution tags" : String.format(Locale.ROOT,
              "%.2f DPI (TIFF tags)", info.dpi())));
    }
    if (findings.isEmpty() && !same) {
      findings.add(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
    }
    return findings;
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
   * Every regular file under {@code out} but the manifest and the contact sheet, relative with
   * '/', skipping dot-names (the lock, temporary files, a person's {@code .gitkeep}).
   */
  static List<String> outputsIn(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> out.relativize(p))
          .filter(rel -> {
            for (Path part : rel) {
              if (part.toString().startsWith(".")) {
                return false;
              }
            }
            return true;
          })
          .map(rel -> rel.toString().replace('\\', '/'))
          .filter(rel -> !GENERATED.contains(rel))
          .sorted()
          .toList();
    }
  }
}
