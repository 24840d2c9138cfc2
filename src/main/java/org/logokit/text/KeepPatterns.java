package org.logokit.text;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The kit's {@code keep:} globs: files in the output folder that a person put there (a press
 * PDF, a hand-made banner) and that are neither logokit's nor findings. Globs as Java's
 * {@code glob:} syntax, relative to the output folder with '/', e.g. {@code extra/*.png}.
 */
public final class KeepPatterns {
  private KeepPatterns() {}

  /** What is wrong with a pattern, or {@code null}. */
  public static String problem(String glob) {
    if (glob == null || glob.isEmpty() || glob.length() > 200 || !Shown.isPlain(glob)) {
      return "must be a short, plain glob";
    }
    if (glob.startsWith("/") || glob.contains("..") || glob.contains("\\")) {
      return "must be relative to the output folder, without '..'";
    }
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      return "is not a glob: " + Shown.of(e.getDescription());
    }
    return null;
  }

  /** Whether {@code path} (relative, with '/') matches one of the globs. */
  public static boolean matches(List<String> globs, String path) {
    for (String g : globs) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
      if (m.matches(Path.of(path))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an unlisted file could be an output: an image, an icon, a vector or print file. */
  public static boolean looksLikeOutput(String path) {
    return path.toLowerCase(java.util.Locale.ROOT)
        .matches(".*\\.(png|ico|icns|tiff?|svgz?|jpe?g|gif|webp|avif|bmp|pdf|eps)");
  }
}
