package org.logokit.verify;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.write.OutputFolder;

/**
 * Checks a kit page (Markdown with Hugo shortcodes, or HTML) against a folder: every image the
 * page links must be a file in the folder. Links are matched by file name, since a site
 * publishes the folder under a path of its own.
 */
public final class PageLinks {
  /** {@code src="..."}, {@code href="..."} and Markdown {@code ](...)} links to images. */
  private static final Pattern LINK = Pattern.compile(
      "(?:src|href)\\s*=\\s*\"([^\"]+)\"|\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern IMAGE =
      Pattern.compile("(?i).*\\.(svgz?|png|jpe?g|gif|webp|ico|icns|tiff?)$");

  private PageLinks() {}

  /** A link that points at no file: the page's line, the link, and the name looked for. */
  public record Broken(int line, String link, String name) {}

  public static List<Broken> check(Path page, OutputFolder folder) throws IOException {
    Set<String> names = new HashSet<>();
    for (String f : folder.files()) {
      if (folder.isFile(f)) {
        names.add(f.substring(f.lastIndexOf('/') + 1));
      }
    }
    List<Broken> broken = new ArrayList<>();
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LINK.matcher(lines.get(i));
      while (m.find()) {
        String link = m.group(1) != null ? m.group(1) : m.group(2);
        String path = link.replaceFirst("[?#].*$", "");
        if (!IMAGE.matcher(path).matches() || path.startsWith("data:")) {
          continue;
        }
        String name = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1)
            .replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!names.contains(name)) {
          broken.add(new Broken(i + 1, link, name));
        }
      }
    }
    return broken;
  }
}
