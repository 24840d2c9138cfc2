package org.logokit.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.logokit.verify.ImageComparison;
import org.logokit.verify.PixelChange;
import org.logokit.verify.ImageFiles;
import org.logokit.write.OutputFolder;

/**
 * Writes a visual diff a reviewer can open in a browser: for each changed output the committed
 * PNG, the fresh one and a picture of the difference (changed pixels in magenta), on light, dark
 * and checkerboard backgrounds, with an {@code index.html} that shows them side by side.
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
    StringBuilder html = new StringBuilder(HEAD);
    html.append("<h1>logokit: ").append(changes.size()).append(" changed output")
        .append(changes.size() == 1 ? "" : "s").append("</h1>\n");
    if (changes.isEmpty()) {
      html.append("<p>Every output shows what a fresh render shows.</p>\n");
    }
    int n = 0;
    for (PixelChange c : changes) {
      String id = String.format(Locale.ROOT, "%03d", ++n);
      String before = c.before() == null ? null : id + "-before.png";
      String after = id + "-after.png";
      BufferedImage difference = diffImage(c);
      String diff = difference == null ? null : id + "-diff.png";
      if (before != null) {
        folder.write(before, viewable(c.before()));
      }
      folder.write(after, viewable(c.after()));
      if (difference != null) {
        folder.write(diff, png(difference));
      }
      html.append("<section>\n<h2>").append(Html.escape(c.path())).append("</h2>\n<p>")
          .append(Html.escape(c.detail())).append(" &middot; master <code>")
          .append(Html.escape(c.master())).append("</code></p>\n<table>\n")
          .append("<tr><th></th><th>committed</th><th>fresh render</th><th>difference</th>"
              + "</tr>\n");
      for (String bg : List.of("light", "dark", "checker")) {
        html.append("<tr class=\"").append(bg).append("\"><th>").append(bg).append("</th>")
            .append(cell(before)).append(cell(after)).append(cell(diff)).append("</tr>\n");
      }
      html.append("</table>\n</section>\n");
    }
    html.append("</body>\n</html>\n");
    folder.write("index.html", html.toString().getBytes(StandardCharsets.UTF_8));
    return dir.resolve("index.html");
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

  /** A PNG as it is; an icon as its largest entry, since browsers cannot show every format. */
  private static byte[] viewable(byte[] file) throws IOException {
    if (file.length > 8 && (file[0] & 0xff) == 0x89 && file[1] == 'P') {
      return file;
    }
    List<BufferedImage> entries = ImageFiles.decodeAll(file);
    return png(entries.get(entries.size() - 1));
  }

  private static String cell(String file) {
    return file == null ? "<td class=\"none\">none</td>"
        : "<td><img src=\"" + file + "\" alt=\"" + file + "\"></td>";
  }

  private static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>logokit visual diff</title>
      <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
        section { margin-bottom: 2.5em; }
        table { border-collapse: collapse; }
        th, td { padding: 8px; text-align: center; vertical-align: middle; }
        td img { max-width: 320px; min-width: 96px; image-rendering: pixelated; }
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
      </style>
      </head>
      <body>
      """;
}
