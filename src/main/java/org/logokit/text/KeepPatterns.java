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
 *
 * <p>A kept file is never logokit's, whatever a manifest says: no render deletes, replaces or
 * records it ({@link #covers}).
 */
public final class KeepPatterns {
  /** Files render itself writes in the output folder: no glob may claim them. */
  private static final List<String> RENDERS_OWN = List.of("manifest.json", "index.html");

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
    try {
      // covers() matches it folded too: [Z-a] is a range, [z-a] is not.
      FileSystems.getDefault().getPathMatcher("glob:" + PathRules.collisionKey(glob));
    } catch (PatternSyntaxException e) {
      return "is not a glob in lower case, as macOS and Windows compare names: "
          + Shown.of(e.getDescription());
    }
    for (String own : RENDERS_OWN) {
      if (covers(List.of(glob), own)) {
        return "covers " + own + ", which render writes: a kept file is never written";
      }
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

  /**
   * Whether a kept file is, or may be, at {@code path}: the globs match it as it is, or with
   * case and Unicode form folded as macOS and Windows fold them ({@code BANNER.png} is
   * {@code banner.png} there). What deciding to delete or write a file asks; {@link #matches}
   * decides findings.
   */
  public static boolean covers(List<String> globs, String path) {
    return coveredBy(globs, path) != null;
  }

  /** The first glob that {@link #covers} {@code path}, or {@code null}. */
  public static String coveredBy(List<String> globs, String path) {
    String folded = PathRules.collisionKey(path);
    for (String g : globs) {
      if (matches(List.of(g), path) || matches(List.of(PathRules.collisionKey(g)), folded)) {
        return g;
      }
    }
    return null;
  }

  /** Whether an unlisted file could be an output: an image, an icon, a vector or print file. */
  public static boolean looksLikeOutput(String path) {
    return path.toLowerCase(java.util.Locale.ROOT)
        .matches(".*\\.(png|ico|icns|tiff?|svgz?|jpe?g|gif|webp|avif|bmp|pdf|eps)");
  }
}
