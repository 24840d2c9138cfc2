package org.logokit.text;

/**
 * An untrusted string made safe to print on a line of a terminal or a CI log. In a pull
 * request every file name and config value is the contributor's: a newline in one would start
 * a line of its own, and GitHub's runner executes a line that starts with {@code ::} (or
 * contains {@code ##[}) as a workflow command ({@code ::add-mask::}, {@code ::warning::}).
 *
 * <ul>
 *   <li>control characters (C0, DEL, C1) become {@code \xNN};
 *   <li>characters that reorder or split what a reader sees (bidi overrides and isolates, line
 *       and paragraph separators, the BOM) become <code>&#92;u{XXXX}</code>;
 *   <li>the second colon of {@code ::} and the second {@code #} of {@code ##[} become
 *       {@code \x3a} and {@code \x23}, so no command can form wherever the text lands.
 * </ul>
 *
 * Everything else, non-ASCII letters included, is kept: {@code logo_(café).svg} stays readable.
 */
public final class Shown {
  private Shown() {}

  /** {@code s} escaped as above; {@code "null"} for null. */
  public static String of(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = escape(s, i, c);
      if (esc != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (esc != null) {
          out.append(esc);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** Longer values are cut in messages: the reader needs to recognise them, not read them. */
  public static final int MAX_QUOTED = 120;

  /** {@code of(s)} in single quotes, cut after {@link #MAX_QUOTED} characters. */
  public static String quoted(String s) {
    if (s != null && s.length() > MAX_QUOTED) {
      return "'" + of(s.substring(0, MAX_QUOTED)) + "...'";
    }
    return "'" + of(s) + "'";
  }

  /** Whether {@code of(s)} changes nothing. */
  public static boolean isPlain(String s) {
    return s != null && of(s).equals(s);
  }

  private static String escape(String s, int i, char c) {
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
      return String.format("\\x%02x", (int) c);
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
      return String.format("\\u{%04x}", (int) c);
    }
    if (c == ':' && i > 0 && s.charAt(i - 1) == ':') {
      return "\\x3a";
    }
    if (c == '#' && i > 0 && s.charAt(i - 1) == '#' && i + 1 < s.length()
        && s.charAt(i + 1) == '[') {
      return "\\x23";
    }
    return null;
  }
}
