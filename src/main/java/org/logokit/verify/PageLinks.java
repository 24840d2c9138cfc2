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

  /** Pages are text of a few hundred KB; a larger one is not a page. */
  public static final long MAX_BYTES = 16L << 20;

  /**
   * A page's text, read within {@link #MAX_BYTES}, as UTF-8.
   *
   * @throws IOException naming the file and the reason
   */
  public static String text(Path page) throws IOException {
    long size = Files.size(page);
    if (size > MAX_BYTES) {
      throw new IOException(org.logokit.text.Shown.of(page.toString()) + ": is " + size
          + " bytes, over the " + MAX_BYTES + " a page may have");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(page))).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(org.logokit.text.Shown.of(page.toString()) + ": is not UTF-8 text");
    }
  }

  public static List<Broken> check(Path page, OutputFolder folder) throws IOException {
    Set<String> names = new HashSet<>();
    for (String f : folder.files()) {
      if (folder.isFile(f)) {
        names.add(f.substring(f.lastIndexOf('/') + 1));
      }
    }
    return broken(text(page), names);
  }

  /**
   * The image links of a page's text whose file name is not one of {@code names}. Pure, so that
   * its parsing of any text can be fuzzed.
   */
  static List<Broken> broken(String text, Set<String> names) {
    List<Broken> broken = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LINK.matcher(lines.get(i));
      while (m.find()) {
        String link = m.group(1) != null ? m.group(1) : m.group(2);
        String path = link.replaceFirst("[?#].*$", "");
        if (!IMAGE.matcher(path).matches() || path.startsWith("data:")) {
          continue;
        }
        String raw = path.substring(path.lastIndexOf('/') + 1);
        String name;
        try {
          name = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          name = raw; // a stray '%': the name as written
        }
        if (!names.contains(name)) {
          broken.add(new Broken(i + 1, link, name));
        }
      }
    }
    return broken;
  }
}
