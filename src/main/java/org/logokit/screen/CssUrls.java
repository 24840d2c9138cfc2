package org.logokit.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The targets of every CSS {@code url(...)} in a style sheet, attribute or property value. */
final class CssUrls {
  private static final Pattern URL =
      Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n]?|(.))",
      Pattern.DOTALL);

  private CssUrls() {}

  /** CSS text with its backslash escapes decoded, as a CSS parser would read it. */
  static String unescape(String css) {
    if (css.indexOf('\\') < 0) {
      return css;
    }
    Matcher m = ESCAPE.matcher(css);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String decoded;
      if (m.group(1) != null) {
        int cp = Integer.parseInt(m.group(1), 16);
        decoded = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp))
            : "\uFFFD";
      } else {
        decoded = m.group(2);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return out.toString();
  }

  static List<String> targets(String css) {
    List<String> out = new ArrayList<>();
    Matcher m = URL.matcher(css);
    while (m.find()) {
      String t = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      out.add(t.strip());
    }
    return out;
  }
}
