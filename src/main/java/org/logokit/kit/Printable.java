package org.logokit.kit;

/**
 * Text from untrusted files (names, font families) made safe to print on one line: control
 * characters (below 0x20, 0x7f and 0x80 to 0x9f) become {@code \xNN}, so a newline or an
 * escape sequence in a hostile file can neither start a line of its own nor drive the terminal.
 */
public final class Printable {
  private Printable() {}

  public static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (control) {
        out.append(String.format("\\x%02x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
