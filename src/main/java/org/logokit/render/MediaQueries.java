package org.logokit.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.kit.Scheme;

/**
 * Resolves a style sheet's {@code @media} blocks for a still image in a colour scheme: the
 * media types {@code all} and {@code screen} hold, {@code prefers-color-scheme} holds for its
 * scheme, and every other media feature (widths, resolutions, ...) does not.
 */
final class MediaQueries {
  private static final Pattern MEDIA = Pattern.compile("@media\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FEATURE = Pattern.compile("\\(\\s*([a-z-]+)\\s*(?::\\s*([^)]*))?\\)");

  private MediaQueries() {}

  /** The sheet with matching {@code @media} blocks unwrapped and the others removed. */
  static String resolve(String css, Scheme scheme) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    Matcher m = MEDIA.matcher(css);
    while (m.find(i)) {
      int open = css.indexOf('{', m.end());
      if (open < 0) {
        break;
      }
      int close = matchingBrace(css, open);
      out.append(css, i, m.start());
      if (holds(css.substring(m.end(), open), scheme)) {
        out.append(resolve(css.substring(open + 1, close), scheme));
      }
      i = Math.min(css.length(), close + 1);
    }
    return out.append(css.substring(i)).toString();
  }

  /** A media query list: true when any of its comma-separated queries holds. */
  static boolean holds(String queryList, Scheme scheme) {
    for (String query : queryList.split(",")) {
      if (holdsOne(query.strip().toLowerCase(Locale.ROOT), scheme)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsOne(String query, Scheme scheme) {
    boolean not = query.startsWith("not ");
    String q = query.replaceFirst("^(not|only)\\s+", "");
    boolean result = true;
    String type = q.startsWith("(") ? "all" : q.split("[\\s(]", 2)[0];
    if (!type.equals("all") && !type.equals("screen")) {
      result = false;
    }
    Matcher f = FEATURE.matcher(q);
    while (f.find()) {
      String name = f.group(1);
      String value = f.group(2) == null ? "" : f.group(2).strip();
      result &= name.equals("prefers-color-scheme") && value.equals(scheme.id());
    }
    return not != result;
  }

  /** The index of the brace closing the one at {@code open}, or the end of the text. */
  private static int matchingBrace(String css, int open) {
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return css.length() - 1;
  }
}
