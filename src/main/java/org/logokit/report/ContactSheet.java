package org.logokit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.verify.Freshness;
import org.logokit.verify.ManifestFile;
import org.logokit.manifest.ManifestJson;
import org.logokit.write.OutputFolder;

/**
 * {@code index.html} of an output folder: every output on light, dark and checkerboard
 * backgrounds with its name, size, DPI, scheme and bytes, so a person sees the whole kit at a
 * glance. Made from the manifest alone, so the same manifest always gives the same page.
 */
public final class ContactSheet {
  public static final String FILE_NAME = "index.html";

  private ContactSheet() {}

  public static byte[] html(Manifest manifest) {
    Map<String, List<ManifestEntry>> byMaster = new LinkedHashMap<>();
    // Per master: light before dark, small to large, as a person reads a kit.
    List<ManifestEntry> ordered = manifest.outputs().stream()
        .sorted(Comparator.comparing(ManifestEntry::master)
            .thenComparing(e -> !e.scheme().equals("light"))
            .thenComparingLong(e -> (long) e.width() * e.height())
            .thenComparing(ManifestEntry::path))
        .toList();
    for (ManifestEntry e : ordered) {
      byMaster.computeIfAbsent(e.master(), m -> new java.util.ArrayList<>()).add(e);
    }
    StringBuilder html = new StringBuilder(HEAD);
    html.append("<h1>Logo kit</h1>\n<p>").append(manifest.outputs().size())
        .append(" files from ").append(byMaster.size())
        .append(" masters. Each shown on light, dark and checkerboard backgrounds.</p>\n");
    for (Map.Entry<String, List<ManifestEntry>> m : byMaster.entrySet()) {
      html.append("<section>\n<h2>").append(Html.escape(m.getKey())).append("</h2>\n")
          .append("<div class=\"grid\">\n");
      for (ManifestEntry e : m.getValue()) {
        String src = href(e.path());
        html.append("<figure>\n<div class=\"bgs\">");
        for (String bg : List.of("light", "dark", "checker")) {
          // Browsers show PNG and ICO; a macOS .icns or a print TIFF is listed only.
          boolean shown = e.format().equals("png") || e.format().equals("ico")
              || e.format().equals("svg");
          html.append("<div class=\"").append(bg).append("\">").append(shown
              ? "<img src=\"" + src + "\" alt=\"\" loading=\"lazy\">"
              : "<span>." + Html.escape(e.format()) + "</span>").append("</div>");
        }
        html.append("</div>\n<figcaption><a href=\"").append(src).append("\">")
            .append(Html.escape(e.path().substring(e.path().lastIndexOf('/') + 1)))
            .append("</a><br>").append(e.entries() == null ? e.width() + "&times;" + e.height()
                + " px &middot; " + dpi(e.dpi()) + " DPI"
                : Html.escape(e.format().toUpperCase(Locale.ROOT)) + " " + e.entries() + " px")
            .append(" &middot; ")
            .append(Html.escape(e.scheme())).append(" &middot; ").append(String.format(Locale.ROOT, "%,d",
                e.bytes())).append(" bytes</figcaption>\n</figure>\n");
      }
      html.append("</div>\n</section>\n");
    }
    html.append("<footer>Made by logokit ").append(Html.escape(manifest.toolVersion()))
        .append(" from manifest.json.</footer>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether {@code index.html} in the output folder is the one its manifest gives, as a
   * finding ({@code missing} or {@code file edited}), or {@code null} when it is, or when there
   * is no readable manifest to compare it with (that is reported on its own).
   */
  public static Finding check(java.nio.file.Path out) throws IOException {
    return check(OutputFolder.open(out, false));
  }

  public static Finding check(OutputFolder out) {
    ManifestJson.Read read = ManifestFile.readOrNull(out);
    if (read == null) {
      return null;
    }
    if (!out.isFile(FILE_NAME)) {
      return new Finding.Stale(FILE_NAME, out.exists(FILE_NAME) ? Freshness.Reason.NOT_A_FILE
          : Freshness.Reason.MISSING, null);
    }
    byte[] expected = html(read.manifest());
    try {
      return Arrays.equals(out.read(FILE_NAME, expected.length), expected) ? null
          : new Finding.Stale(FILE_NAME, Freshness.Reason.FILE_EDITED, null);
    } catch (IOException e) {
      return new Finding.Stale(FILE_NAME, Freshness.Reason.FILE_EDITED, null);
    }
  }

  /** A relative URL for an output path: each segment percent-encoded as RFC 3986 asks. */
  static String href(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/()".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  private static String dpi(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
  }

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Logo kit</title>
      <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
        .grid { display: flex; flex-wrap: wrap; gap: 16px; }
        figure { margin: 0; width: 390px; border: 1px solid #ddd; border-radius: 6px;
          overflow: hidden; }
        .bgs { display: flex; }
        .bgs div { width: 130px; height: 130px; display: flex; align-items: center;
          justify-content: center; }
        .bgs img { max-width: 118px; max-height: 118px; }
        .light { background: #fff; }
        .dark { background: #1e1e1e; }
        .checker { background-color: #fff;
          background-image: linear-gradient(45deg, #ccc 25%, transparent 25%),
            linear-gradient(-45deg, #ccc 25%, transparent 25%),
            linear-gradient(45deg, transparent 75%, #ccc 75%),
            linear-gradient(-45deg, transparent 75%, #ccc 75%);
          background-size: 16px 16px;
          background-position: 0 0, 0 8px, 8px -8px, -8px 0; }
        figcaption { padding: 6px 8px; background: #f6f6f6; font-size: 12px; }
        footer { margin-top: 2em; color: #888; font-size: 12px; }
      </style>
      </head>
      <body>
      """;
}
