package org.logokit.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.logokit.format.Format;
import org.logokit.text.PathRules;
import org.logokit.text.Shown;

/**
 * Checks the output records of a manifest one by one. A record passes when every field is of
 * the shape logokit writes: a safe relative path, hashes of 64 hex digits, sizes and a DPI in
 * range, a known format and scheme. The rest is dropped with its reason; a path listed twice
 * (or twice up to case) keeps its first record.
 */
final class ManifestEntries {
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
  private static final Set<String> SCHEMES = Set.of("light", "dark");
  private static final int MAX_SIDE = 1 << 16;
  private static final double MIN_DPI = 0.0254;

  private ManifestEntries() {}

  static List<ManifestEntry> parse(JsonNode outputs, ObjectMapper mapper,
      List<String> problems) {
    List<ManifestEntry> kept = new ArrayList<>();
    if (outputs == null || outputs.isNull()) {
      return kept;
    }
    if (!outputs.isArray()) {
      problems.add("'outputs' is not a list");
      return kept;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < outputs.size(); i++) {
      JsonNode node = outputs.get(i);
      String where = "output record " + (i + 1);
      JsonNode path = node == null ? null : node.get("path");
      if (path != null && path.isTextual()) {
        where += " (" + Shown.quoted(path.textValue()) + ")";
      }
      ManifestEntry e;
      try {
        e = node == null || !node.isObject() ? null : mapper.treeToValue(node,
            ManifestEntry.class);
      } catch (Exception ex) { // NOPMD: any shape Jackson cannot bind is just a bad record
        e = null;
      }
      String problem = e == null ? "is not an output record" : problem(e);
      if (problem == null && !seen.add(PathRules.collisionKey(e.path()))) {
        problem = "lists a path listed before";
      }
      if (problem != null) {
        problems.add(where + ": " + problem);
      } else {
        kept.add(e);
      }
    }
    return kept;
  }

  /** What is wrong with one record, or {@code null}. */
  static String problem(ManifestEntry e) {
    String p = PathRules.relativePathProblem(e.path(), true);
    if (p != null) {
      return "path " + (e.path() == null ? "missing" : p);
    }
    if (e.path().equals(Manifest.FILE_NAME) || e.path().equals("index.html")) {
      return "lists a file logokit writes besides the outputs";
    }
    p = PathRules.relativePathProblem(e.master(), false);
    if (p != null) {
      return "master " + (e.master() == null ? "missing" : p);
    }
    if (e.masterSha256() == null || !SHA.matcher(e.masterSha256()).matches()
        || e.sha256() == null || !SHA.matcher(e.sha256()).matches()) {
      return "a hash is not 64 lower-case hex digits";
    }
    if (e.target() == null || e.target().isEmpty() || e.target().length() > 200
        || !Shown.isPlain(e.target())) {
      return "target missing or not plain text";
    }
    boolean text = e.isText();
    if (text && (e.width() != 0 || e.height() != 0 || e.dpi() != 0)) {
      return "a text file's width, height and dpi are 0";
    }
    if (!text && (e.width() < 1 || e.height() < 1 || e.width() > MAX_SIDE
        || e.height() > MAX_SIDE)) {
      return "width and height must be 1 to " + MAX_SIDE;
    }
    // pHYs counts whole pixels a metre: below one, a DPI cannot be written (1e-320 was shown
    // as "0 DPI").
    if (!text && !(e.dpi() >= MIN_DPI && e.dpi() <= 1e6)) {
      return "dpi must be from " + MIN_DPI + " (1 pixel a metre) to 1000000";
    }
    if (e.bytes() < 0) {
      return "bytes must not be negative";
    }
    if (e.formatType() == null) {
      return "format must be one of " + String.join(", ", Arrays.stream(Format.values())
          .map(Format::extension).sorted().toList());
    }
    if (!e.path().endsWith("." + e.format())) {
      return "the path does not end in ." + e.format();
    }
    if (e.scheme() == null || !SCHEMES.contains(e.scheme())) {
      return "scheme must be light or dark";
    }
    if (e.title() != null && (e.title().length() > 120 || !Shown.isPlain(e.title()))) {
      return "title must be one line of plain text";
    }
    boolean icon = e.formatType().kind() == Format.Kind.ICON;
    if (icon != (e.entries() != null)) {
      return icon ? "an icon lists no entry sizes" : "only icons list entry sizes";
    }
    if (icon && (e.entries().isEmpty() || e.entries().size() > 16 || e.entries().stream()
        .anyMatch(s -> s == null || s < 1 || s > 1024))) {
      return "icon entry sizes must be 1 to 16 sizes of 1 to 1024 px";
    }
    boolean pdf = e.formatType() == Format.PDF;
    if (pdf != (e.pages() != null) || pdf != (e.pageWidth() != null)
        || pdf != (e.pageHeight() != null)) {
      return pdf ? "a PDF lists no pages, pageWidth and pageHeight"
          : "only PDFs list pages, pageWidth and pageHeight";
    }
    if (pdf && (e.pages() != 1 || !(e.pageWidth() > 0 && e.pageWidth() <= ManifestEntry.MAX_PDF_POINTS)
        || !(e.pageHeight() > 0 && e.pageHeight() <= ManifestEntry.MAX_PDF_POINTS))) {
      return "a PDF has 1 page of 0 to " + (int) ManifestEntry.MAX_PDF_POINTS + " points a side";
    }
    for (String made : new String[] {e.renderer(), e.encoder()}) {
      // Absent in schema 1: read as an unknown renderer, so the output is rendered again.
      if (made != null && (made.isEmpty() || made.length() > 200 || !Shown.isPlain(made))) {
        return "renderer and encoder must be plain text";
      }
    }
    return null;
  }
}
