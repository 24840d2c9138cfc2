package org.logokit.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.logokit.verify.ImageComparison;
import org.logokit.verify.PixelChange;
import org.logokit.format.ImageFiles;
import org.logokit.write.OutputFolder;

/**
 * Writes a visual diff a reviewer can open in a browser: for each changed output the committed
 * PNG, the fresh one and a picture of the difference (changed pixels in magenta), on light, dark
 * and checkerboard backgrounds. Its {@code index.html} opens with a summary, a row per master
 * (outputs changed, largest and mean difference, a thumbnail of its largest output's
 * difference), then groups the outputs by master, each folded in a {@code <details>} but the
 * largest, so one master's edit stays a page or two. No script: it works as plain HTML.
 *
 * <pre>{@code
 * Path index = DiffReport.write(Path.of("target/logokit-report"), changes);
 * }</pre>
 */
public final class DiffReport {
  private DiffReport() {}

  /** What the report writes: {@code index.html} and {@code NNN-before|after|diff.png}. */
  private static final Pattern OWN_FILE = Pattern.compile("index\\.html|\\d{3,}-(before|after|diff)"
      + "\\.png");

  /**
   * Writes the report into {@code dir} (made if missing; never through a link in it), after
   * removing the files an earlier report left there, so no stale picture is shown.
   *
   * @return the {@code index.html} written
   */
  public static Path write(Path dir, List<PixelChange> changes) throws IOException {
    OutputFolder folder = OutputFolder.open(dir, true);
    for (String own : folder.files()) {
      if (OWN_FILE.matcher(own).matches() && folder.isFile(own)) {
        java.nio.file.Files.delete(folder.resolve(own, false));
      }
    }
    Map<String, List<Output>> byMaster = new LinkedHashMap<>();
    int n = 0;
    for (PixelChange c : changes.stream().sorted(Comparator.comparing(PixelChange::master)
        .thenComparing(PixelChange::path)).toList()) {
      byMaster.computeIfAbsent(c.master(), m -> new ArrayList<>())
          .add(Output.write(folder, String.format(Locale.ROOT, "%03d", ++n), c));
    }
    StringBuilder html = new StringBuilder(HEAD);
    html.append("<h1>logokit: ").append(changes.size()).append(" changed output")
        .append(changes.size() == 1 ? "" : "s").append("</h1>\n");
    if (changes.isEmpty()) {
      html.append("<p>Every output shows what a fresh render shows.</p>\n");
    } else {
      summary(html, byMaster);
    }
    int m = 0;
    for (Map.Entry<String, List<Output>> e : byMaster.entrySet()) {
      m++;
      html.append("<section id=\"m").append(m).append("\">\n<h2>")
          .append(Html.escape(e.getKey())).append("</h2>\n");
      Output largest = largest(e.getValue());
      for (Output o : e.getValue()) {
        details(html, o, o == largest);
      }
      html.append("</section>\n");
    }
    html.append("</body>\n</html>\n");
    folder.write("index.html", html.toString().getBytes(StandardCharsets.UTF_8));
    return dir.resolve("index.html");
  }

  /** One changed output and the pictures written for it. */
  private record Output(PixelChange change, String id, String before, String after,
      String diff, long pixels) {

    static Output write(OutputFolder folder, String id, PixelChange c) throws IOException {
      if (!c.images()) {
        return new Output(c, id, null, null, null, 0); // no picture: its row says what changed
      }
      byte[] committed;
      byte[] fresh;
      BufferedImage difference;
      BufferedImage shown;
      try { // each decoded within ImageFiles' budgets: compare's files are a pull request's
        committed = c.before() == null ? null : viewable(c.before());
        fresh = viewable(c.after());
        difference = diffImage(c);
        shown = ImageFiles.decode(fresh);
      } catch (IOException e) {
        return new Output(c, id, null, null, null, 0); // no picture: its row says what is wrong
      }
      String before = committed == null ? null : id + "-before.png";
      String after = id + "-after.png";
      String diff = difference == null ? null : id + "-diff.png";
      if (before != null) {
        folder.write(before, committed);
      }
      folder.write(after, fresh);
      if (difference != null) {
        folder.write(diff, png(difference));
      }
      return new Output(c, id, before, after, diff, (long) shown.getWidth() * shown.getHeight());
    }
  }

  /**
   * A row per master: how many outputs changed, the largest difference of any channel, the
   * mean of its outputs' mean differences, and the difference picture of its largest output.
   */
  private static void summary(StringBuilder html, Map<String, List<Output>> byMaster) {
    html.append("<table class=\"summary\">\n<thead><tr><th>Master</th><th>Outputs changed</th>"
        + "<th>Max difference</th><th>Mean difference</th><th>Largest output</th></tr></thead>"
        + "\n<tbody>\n");
    int m = 0;
    for (Map.Entry<String, List<Output>> e : byMaster.entrySet()) {
      m++;
      List<ImageComparison> compared = e.getValue().stream().map(o -> o.change().comparison())
          .filter(java.util.Objects::nonNull).toList();
      int uncompared = (int) e.getValue().stream().filter(o -> o.change().images()
          && o.change().comparison() == null).count();
      String max = compared.isEmpty() ? "&mdash;"
          : Integer.toString(compared.stream().mapToInt(ImageComparison::max).max().orElse(0));
      String mean = compared.isEmpty() ? "&mdash;" : String.format(Locale.ROOT, "%.2f",
          compared.stream().mapToDouble(ImageComparison::mean).average().orElse(0));
      Output largest = largest(e.getValue());
      String thumb = largest.diff() != null ? largest.diff() : largest.after();
      String shown = thumb == null ? "&mdash;" : "<a class=\"thumb\" href=\"#o" + largest.id()
          + "\"><img src=\"" + thumb + "\" alt=\"difference of "
          + Html.escape(largest.change().path()) + "\"></a>";
      html.append("<tr><td><a href=\"#m").append(m).append("\">")
          .append(Html.escape(e.getKey())).append("</a></td><td>")
          .append(e.getValue().size())
          .append(uncompared == 0 ? "" : " (" + uncompared + " new or resized)")
          .append("</td><td>").append(max).append("</td><td>").append(mean)
          .append("</td><td>").append(shown).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** One output: committed, fresh and difference on three backgrounds, folded but the first. */
  private static void details(StringBuilder html, Output o, boolean open) {
    PixelChange c = o.change();
    html.append("<details id=\"o").append(o.id()).append("\"").append(open ? " open" : "")
        .append(">\n<summary title=\"").append(Html.escape(c.path())).append("\"><code>")
        .append(Html.escape(c.path().substring(c.path().lastIndexOf('/') + 1)))
        .append("</code> &middot; ")
        .append(Html.escape(c.detail())).append("</summary>\n");
    if (!c.images()) {
      html.append("<p class=\"note\">No pixels to show: the file must be, byte for byte, the "
          + "one a fresh render makes.</p>\n</details>\n");
      return;
    }
    html.append("<table>\n")
        .append("<tr><th></th><th>committed</th><th>fresh render</th><th>difference</th>"
            + "</tr>\n");
    for (String bg : List.of("light", "dark", "checker")) {
      html.append("<tr class=\"").append(bg).append("\"><th>").append(bg).append("</th>")
          .append(cell(o.before())).append(cell(o.after())).append(cell(o.diff()))
          .append("</tr>\n");
    }
    html.append("</table>\n</details>\n");
  }

  /** The output with the most pixels: the one that shows a change best. */
  private static Output largest(List<Output> outputs) {
    return outputs.stream().max(Comparator.comparingLong(Output::pixels)).orElseThrow();
  }

  private static BufferedImage diffImage(PixelChange c) throws IOException {
    if (c.before() == null || c.comparison() == null) {
      return null;
    }
    // For an icon, its largest entry shows the change best.
    List<BufferedImage> before = ImageFiles.decodeAll(c.before());
    List<BufferedImage> after = ImageFiles.decodeAll(c.after());
    return ImageComparison.highlight(before.get(before.size() - 1),
        after.get(after.size() - 1));
  }

  /**
   * The image as a PNG logokit writes, its largest entry for an icon: never the committed bytes
   * themselves, which could be an APNG whose other frames a browser would play, or carry
   * anything in chunks a decoder skips.
   */
  private static byte[] viewable(byte[] file) throws IOException {
    List<BufferedImage> entries = ImageFiles.decodeAll(file);
    return png(entries.get(entries.size() - 1));
  }

  private static String cell(String file) {
    return file == null ? "<td class=\"none\">none</td>"
        : "<td><img src=\"" + file + "\" alt=\"" + file + "\"></td>";
  }

  private static byte[] png(BufferedImage img) {
    return org.logokit.format.png.PngEncoder.encode(img, 3780);
  }

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>logokit visual diff</title>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 0 auto; padding: 1em 2em;
          max-width: 1200px; color: #222; }
        a, code { overflow-wrap: anywhere; }
        h2 { margin: 1.5em 0 .4em; font-size: 17px; border-bottom: 1px solid #ddd;
          overflow-wrap: anywhere; }
        table { border-collapse: collapse; }
        th, td { padding: 6px; text-align: center; vertical-align: middle; }
        .summary th, .summary td { text-align: left; border-bottom: 1px solid #eee; }
        .summary td:nth-child(n+2):nth-child(-n+4) { font-variant-numeric: tabular-nums; }
        .thumb { display: inline-block; background: #fff; }
        .thumb img { display: block; max-width: 96px; max-height: 96px; }
        details { margin: 4px 0; border: 1px solid #ddd; border-radius: 4px; }
        summary { padding: 6px 8px; cursor: pointer; background: #f6f6f6; }
        details table { width: 100%; table-layout: fixed; }
        details th:first-child { width: 4.5em; }
        td img { max-width: min(320px, 100%); min-width: min(96px, 100%); height: auto;
          image-rendering: pixelated; }
        tr.light td { background: #ffffff; }
        tr.dark td { background: #1e1e1e; }
        tr.checker td {
          background-color: #fff;
          background-image: linear-gradient(45deg, #ccc 25%, transparent 25%),
            linear-gradient(-45deg, #ccc 25%, transparent 25%),
            linear-gradient(45deg, transparent 75%, #ccc 75%),
            linear-gradient(-45deg, transparent 75%, #ccc 75%);
          background-size: 16px 16px;
          background-position: 0 0, 0 8px, 8px -8px, -8px 0;
        }
        td.none { color: #999; }
        @media (max-width: 640px) {
          body { padding: .5em .75em; }
          th, td { padding: 3px; }
          .summary thead { display: none; }
          .summary tr { display: grid; grid-template-columns: 1fr auto; padding: 6px 0;
            border-bottom: 1px solid #eee; }
          .summary td { border: 0; padding: 0; }
          .summary td:nth-child(1) { grid-column: 1 / -1; }
          .summary td:nth-child(2)::after { content: " changed"; }
          .summary td:nth-child(3)::before { content: "max "; }
          .summary td:nth-child(4)::before { content: "mean "; }
          .summary td:nth-child(5) { grid-column: 2; grid-row: 2 / span 3; }
          details th:first-child { width: 3.5em; font-size: 12px; }
        }
      </style>
      </head>
      <body>
      """;
}
