package org.logokit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.verify.StaleReason;
import org.logokit.kit.IconSets;
import org.logokit.kit.IosSet;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.pipeline.Freshness;
import org.logokit.verify.ManifestFile;
import org.logokit.manifest.ManifestJson;
import org.logokit.write.OutputFolder;

/**
 * {@code index.html} of an output folder. First an overview: a row per master with each target
 * at its true size up to {@value #CAP} px, light and dark renders side by side, each on a
 * background that suits it (a checkbox turns on checkerboards, with CSS alone). Then the details:
 * per master every file with its name, size, DPI, scheme and bytes, linked. TIFF and ICNS, which
 * browsers cannot show, appear as small embedded PNG previews. A master's icon sets are also shown
 * as their platforms show them, under the launchers' masks ({@link SetPreviews}).
 *
 * <p>Made from the manifest and the files it lists (for previews, and to tell white artwork
 * that needs a dark background), reading only files whose hash the manifest records, so the same
 * manifest and files always give the same page, byte for byte.
 */
public final class ContactSheet {
  public static final String FILE_NAME = "index.html";

  /** Largest side, in CSS pixels, of an image in the overview. */
  static final int CAP = 96;

  private ContactSheet() {}

  /** The sheet of {@code manifest} without reading any file: TIFF and ICNS get no preview. */
  public static byte[] html(Manifest manifest) {
    return html(manifest, null);
  }

  /**
   * The sheet's second line: which manifest it shows. A render that changes nothing keeps a
   * sheet that carries the fingerprint of the manifest it keeps, instead of decoding every
   * preview again; {@code check} still makes the sheet anew and compares every byte.
   */
  public static String fingerprint(Manifest manifest) {
    return "<!-- logokit contact sheet of manifest sha256 "
        + org.logokit.text.Sha256.hex(org.logokit.manifest.ManifestJson.write(manifest)) + " -->";
  }

  /** @param out the output folder the manifest describes, read for previews; or {@code null} */
  public static byte[] html(Manifest manifest, OutputFolder out) {
    SheetImages images = new SheetImages(out);
    Map<String, List<ManifestEntry>> byMaster = new LinkedHashMap<>();
    manifest.outputs().stream()
        .sorted(Comparator.comparing(ManifestEntry::master)
            .thenComparingLong(e -> (long) e.width() * e.height())
            .thenComparing(ManifestEntry::target)
            .thenComparing(e -> !e.scheme().equals("light"))
            .thenComparing(ManifestEntry::path))
        .forEach(e -> byMaster.computeIfAbsent(e.master(), m -> new ArrayList<>()).add(e));
    List<String> masters = List.copyOf(byMaster.keySet());

    // The set previews' CSS only where there are sets: a kit without them keeps its sheet.
    boolean sets = manifest.outputs().stream().anyMatch(e -> IconSets.isSetFile(e.target()));
    StringBuilder html = new StringBuilder(HEAD.replaceFirst("\n", "\n" + fingerprint(manifest)
        + "\n").replace("SETS\n", sets ? SetPreviews.CSS : ""));
    html.append("<header>\n<h1>Logo kit</h1>\n<p>").append(manifest.outputs().size())
        .append(" files from ").append(masters.size()).append(" masters.</p>\n")
        .append("<nav aria-label=\"Masters\"><ul>\n");
    for (int i = 0; i < masters.size(); i++) {
      html.append("<li><a href=\"#m").append(i + 1).append("\">")
          .append(Html.escape(masters.get(i))).append("</a></li>\n");
    }
    html.append("</ul></nav>\n</header>\n")
        .append("<input type=\"checkbox\" id=\"checker\">"
            + "<label for=\"checker\"> checkerboard backgrounds (to see transparency)</label>\n")
        .append("<main>\n<h2>Overview</h2>\n<p class=\"note\">Light renders on white, dark "
            + "renders on a dark background (light artwork in a light render too). Images "
            + "larger than ").append(CAP).append(" px are shown at ").append(CAP)
        .append(" px (64 px on a narrow screen); captions give the true size.</p>\n");
    for (int i = 0; i < masters.size(); i++) {
      overviewRow(html, i + 1, masters.get(i), byMaster.get(masters.get(i)), images);
    }
    html.append("<h2>Files</h2>\n<div class=\"filelists\">\n");
    for (int i = 0; i < masters.size(); i++) {
      details(html, i + 1, masters.get(i), byMaster.get(masters.get(i)));
    }
    html.append("</div>\n</main>\n<footer>Made by logokit ").append(Html.escape(manifest.toolVersion()))
        .append(" from manifest.json.</footer>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One master: a figure per target, its light and dark renders side by side. */
  private static void overviewRow(StringBuilder html, int n, String master,
      List<ManifestEntry> entries, SheetImages images) {
    Map<String, List<ManifestEntry>> byTarget = new LinkedHashMap<>();
    List<ManifestEntry> tiled = tiles(entries);
    tiled.forEach(e -> byTarget.computeIfAbsent(e.target() + '\0' + e.format(),
        t -> new ArrayList<>()).add(e));
    boolean lightArtwork = tiled.stream()
        .filter(e -> e.isPng() && e.scheme().equals("light")
            && !IosSet.isDarkAppearance(e.path()))
        .min(Comparator.comparingInt(e -> Math.abs(e.width() - 64)))
        .map(images::isLightArtwork).orElse(false);
    html.append("<section class=\"master\" id=\"m").append(n).append("\">\n<h3>")
        .append(Html.escape(master)).append(" <a class=\"more\" href=\"#f").append(n)
        .append("\">files</a></h3>\n<div class=\"cells\">\n");
    for (List<ManifestEntry> cell : byTarget.values()) {
      ManifestEntry first = cell.get(0);
      html.append("<figure>\n<div class=\"pair\">");
      for (ManifestEntry e : cell) {
        boolean dark = !e.scheme().equals("light") || lightArtwork
            || IosSet.isDarkAppearance(e.path());
        String src = SheetImages.browserShows(e) ? href(e.path()) : images.previewUri(e);
        int[] shown = shownSize(e);
        html.append("<a class=\"tile ").append(dark ? "on-dark" : "on-light")
            .append("\" href=\"").append(href(e.path())).append("\" title=\"")
            .append(Html.escape(fileName(e.path()) + " (" + e.scheme() + ")")).append("\">");
        if (src == null) {
          html.append("<span class=\"nopreview\" style=\"width:").append(shown[0])
              .append("px;height:").append(shown[1]).append("px\">")
              .append(Html.escape(e.format().toUpperCase(Locale.ROOT))).append("</span>");
        } else {
          html.append("<img src=\"").append(src).append("\" width=\"").append(shown[0])
              .append("\" height=\"").append(shown[1]).append("\" alt=\"")
              .append(Html.escape(e.scheme())).append("\">");
        }
        html.append("</a>");
      }
      html.append("</div>\n<figcaption>").append(caption(first)).append("</figcaption>\n"
          + "</figure>\n");
    }
    html.append("</div>\n");
    SetPreviews.append(html, master, entries);
    html.append("</section>\n");
  }

  /** One master's files as a table: name (linked), size, DPI, scheme, format, bytes. */
  private static void details(StringBuilder html, int n, String master,
      List<ManifestEntry> entries) {
    html.append("<section class=\"files\" id=\"f").append(n).append("\">\n<h3>")
        .append(Html.escape(master)).append(" <a class=\"more\" href=\"#m").append(n)
        .append("\">overview</a></h3>\n<table>\n<thead><tr><th>File</th><th>Pixels</th>"
            + "<th>DPI</th><th>Scheme</th><th>Format</th><th class=\"num\">Bytes</th></tr>"
            + "</thead>\n<tbody>\n");
    for (ManifestEntry e : entries) {
      html.append("<tr><td class=\"name\"><a href=\"").append(href(e.path())).append("\">")
          .append(breakable(Html.escape(IconSets.isSetFile(e.target()) ? inSet(e.path()) : fileName(e.path()))))
          .append("</a></td><td>")
          .append(e.isText() ? "" : e.entries() == null ? e.width() + "&times;" + e.height()
              : Html.escape(e.entries().toString().replaceAll("[\\[\\]]", "")))
          .append("</td><td>").append(e.isText() ? "" : dpi(e.dpi())).append("</td><td>")
          .append(Html.escape(e.scheme())).append("</td><td>")
          .append(Html.escape(e.format().toUpperCase(Locale.ROOT)))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%,d", e.bytes())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  /** The size an image is shown at: its own, or scaled so its longest side is {@link #CAP}. */
  static int[] shownSize(ManifestEntry e) {
    int w = Math.max(1, e.width());
    int h = Math.max(1, e.height());
    if (w <= CAP && h <= CAP) {
      return new int[] {w, h};
    }
    return w >= h ? new int[] {CAP, (int) Math.max(1, Math.round((double) h * CAP / w))}
        : new int[] {(int) Math.max(1, Math.round((double) w * CAP / h)), CAP};
  }

  /** The true size, and what kind of target it is: "1024 px", "625 px, 300 DPI", "ICO". */
  private static String caption(ManifestEntry e) {
    String size = e.width() == e.height() ? e.width() + " px"
        : e.width() + "&times;" + e.height() + " px";
    String t = e.target();
    String kind = e.format().equals("ico") || e.format().equals("icns")
        ? e.format().toUpperCase(Locale.ROOT) + " to " + size
        : e.format().equals("tiff") ? size + ", TIFF " + dpi(e.dpi()) + " DPI"
        : e.format().equals("svg") ? "SVG master, " + size
        : t.matches("\\d+dpi") ? size + ", " + t.replace("dpi", "") + " DPI"
        : t.equals("own") ? size + ", own size"
        : size;
    return kind;
  }

  /**
   * Escaped text with a break opportunity after each hyphen and before each parenthesis, so a
   * long file name wraps between its parts ("-1024px" keeps its hyphen with no break of its own).
   */
  private static String breakable(String escaped) {
    return escaped.replace("-", "-<wbr>").replace("(", "<wbr>(");
  }

  /**
   * The files a master's row shows. An icon set's files only when the master has nothing
   * else, and never its text files or Android's background layers (one flat colour, which
   * looks like an empty tile): a set's layers and slots would crowd the row with the same few
   * sizes, and would decide the light-artwork background for the master's own renders.
   */
  private static List<ManifestEntry> tiles(List<ManifestEntry> entries) {
    List<ManifestEntry> own = entries.stream().filter(e -> !IconSets.isSetFile(e.target())).toList();
    return !own.isEmpty() ? own : entries.stream()
        .filter(e -> !e.isText() && !e.path().endsWith("_background.png")).toList();
  }

  /** A set's folder: its master's name and the set's suffix, {@code logo-web}. */
  private static final java.util.regex.Pattern SET_FOLDER = java.util.regex.Pattern.compile(
      ".*-(" + String.join("|", IconSets.ids()) + ")");

  /** An icon set's file from its set's folder on: {@code logo-web/favicon.ico}. */
  private static String inSet(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (SET_FOLDER.matcher(parts[i]).matches()) {
        return String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
      }
    }
    return path;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * Whether {@code index.html} in the output folder is the one its manifest and files give, as
   * a finding ({@code missing} or {@code file edited}), or {@code null} when it is, or when there
   * is no readable manifest to compare it with (that is reported on its own).
   */
  public static Finding check(java.nio.file.Path out) throws IOException {
    return check(OutputFolder.open(out, false));
  }

  public static Finding check(OutputFolder out) {
    return check(out, ManifestFile.readOrNull(out));
  }

  /** @param read the folder's manifest as read, or {@code null} when there is none */
  public static Finding check(OutputFolder out, ManifestJson.Read read) {
    if (read == null) {
      return null;
    }
    if (!out.isFile(FILE_NAME)) {
      return new Finding.Stale(FILE_NAME, out.exists(FILE_NAME) ? StaleReason.NOT_A_FILE
          : StaleReason.MISSING, null);
    }
    byte[] expected = html(read.manifest(), out);
    try {
      // Another encoder's previews may be larger; more than twice is not such a sheet.
      byte[] found = out.read(FILE_NAME, 2L * expected.length + 4096);
      return Arrays.equals(found, expected)
          || SheetComparison.sameButPreviewEncoding(expected, found) ? null
          : new Finding.Stale(FILE_NAME, StaleReason.FILE_EDITED, null);
    } catch (IOException e) {
      return new Finding.Stale(FILE_NAME, StaleReason.FILE_EDITED, null);
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
    return org.logokit.text.Decimals.shown(d);
  }

  private static final String CHECKER = """
      background-image: linear-gradient(45deg, var(--sq) 25%, transparent 25%),
          linear-gradient(-45deg, var(--sq) 25%, transparent 25%),
          linear-gradient(45deg, transparent 75%, var(--sq) 75%),
          linear-gradient(-45deg, transparent 75%, var(--sq) 75%);
        background-size: 16px 16px;
        background-position: 0 0, 0 8px, 8px -8px, -8px 0;""";

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Logo kit</title>
      <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 0 auto; padding: 1em 2em;
          max-width: 1600px; color: #222; }
        a { color: #0b57a4; overflow-wrap: anywhere; }
        h1 { margin: 0 0 .2em; }
        h2 { margin: 1.5em 0 .3em; border-bottom: 1px solid #ddd; }
        h3 { margin: 1.2em 0 .4em; font-size: 15px; overflow-wrap: anywhere; }
        .more { font-size: 12px; font-weight: normal; margin-left: .5em; }
        .note { color: #555; margin: 0 0 .5em; }
        nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0;
          margin: .5em 0; }
        #checker { margin: .5em 0 0; }
        .cells { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px; }
        figure { margin: 0; max-width: 100%; display: flex; flex-direction: column; }
        .pair { display: flex; }
        .tile { display: flex; align-items: center; justify-content: center; padding: 4px;
          min-width: 24px; min-height: 24px; border: 1px solid #ddd; }
        .tile img { display: block; max-width: 100%; height: auto; }
        .on-light { background: #fff; --sq: #ccc; }
        .on-dark { background: #1e1e1e; --sq: #3a3a3a; border-color: #1e1e1e; }
        #checker:checked ~ main .tile { CHECKER }
        .nopreview { display: flex; align-items: center; justify-content: center;
          color: #888; font-size: 11px; }
        figcaption { font-size: 11px; line-height: 1.25; color: #555; margin-top: 3px;
          width: 0; min-width: 100%; min-height: 2.5em; }
        .filelists { display: grid; grid-template-columns: repeat(auto-fill,
          minmax(min(100%, 600px), 1fr)); gap: 0 32px; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        th:nth-child(2) { width: 7.5em; } th:nth-child(3) { width: 4.5em; }
        th:nth-child(4), th:nth-child(5) { width: 4em; } th:nth-child(6) { width: 5em; }
        td.name { overflow-wrap: anywhere; }
        th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid #eee;
          font-size: 13px; }
        th { font-weight: 600; color: #555; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        footer { margin-top: 2em; color: #888; font-size: 12px; }
      SETS
        @media (max-width: 640px) {
          body { padding: .5em .75em; }
          thead { display: none; }
          tr { display: block; padding: 4px 0; border-bottom: 1px solid #eee; }
          td { display: inline; border: 0; padding: 0 .6em 0 0; }
          td.name { display: block; }
          td:nth-child(3)::after { content: " DPI"; }
          td.num::after { content: " bytes"; }
          .tile img { max-width: 64px; max-height: 64px; width: auto; }
        }
      </style>
      </head>
      <body>
      """.replace("CHECKER", CHECKER);
}
