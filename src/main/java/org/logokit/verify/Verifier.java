package org.logokit.verify;

import org.logokit.format.Codec;
import org.logokit.format.Facts;
import org.logokit.format.Format;
import org.logokit.format.ImageFiles;
import org.logokit.format.pdf.PdfCodec;
import org.logokit.format.png.PngCodec;
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
   * One file against its entry, through its format's {@link Codec}: the facts the file states
   * (size and resolution, an icon's entries, a PDF's pages) against the record's. A file whose
   * hash matches is what render wrote, but its facts are still read, so that a manifest edited
   * by hand is caught too; a file whose hash does not match is decoded fully to say how it
   * differs. A copy or a text file has no facts: its hash says it all.
   */
  public static List<Finding> checkFile(ManifestEntry e, byte[] bytes) {
    String sha = Sha256.hex(bytes);
    boolean same = sha.equals(e.sha256());
    Format format = e.formatType();
    Codec codec = format == null ? null : format.codec();
    List<Finding> findings = new ArrayList<>();
    if (codec != null) {
      Facts facts;
      try {
        facts = codec.facts(bytes);
        if (!same && format.hasPixels()) {
          ImageFiles.decodeAll(bytes);
        }
      } catch (IOException ex) {
        return List.of(new Finding.Undecodable(e.path(), ex.getMessage()));
      }
      compare(e, format, facts, findings);
    }
    if (findings.isEmpty() && !same) {
      findings.add(new Finding.WrongHash(e.path(), e.sha256(), e.bytes(), sha, bytes.length));
    }
    return findings;
  }

  /** What the file states against what its record says, as findings. */
  private static void compare(ManifestEntry e, Format format, Facts facts,
      List<Finding> findings) {
    switch (format.kind()) {
      case ICON -> {
        List<String> expected = e.entries() == null ? List.of()
            : e.entries().stream().map(s -> s + "x" + s).toList();
        if (!facts.entries().equals(expected)) {
          findings.add(new Finding.WrongEntries(e.path(), expected, facts.entries()));
        }
      }
      case VECTOR -> {
        String expected = PdfCodec.pages(e.pages() == null ? 0 : e.pages(),
            e.pageWidth() == null ? Double.NaN : e.pageWidth(),
            e.pageHeight() == null ? Double.NaN : e.pageHeight());
        if (!expected.equals(facts.pagesShown())) {
          findings.add(new Finding.WrongPages(e.path(), expected, facts.pagesShown()));
        }
      }
      default -> {
        if (facts.width() != e.width() || facts.height() != e.height()) {
          findings.add(new Finding.WrongSize(e.path(), e.width(), e.height(), facts.width(),
              facts.height()));
        }
        String dpi = facts.resolutionOtherThan(e.dpi(), e.encoder());
        if (dpi != null) {
          findings.add(new Finding.WrongDpi(e.path(), e.dpi(),
              PngCodec.pixelsPerMeter(e.dpi()), dpi));
        }
      }
    }
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
