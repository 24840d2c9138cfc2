package org.logokit.report;

/**
 * Escaping for HTML text and double-quoted attribute values. Every name, path and manifest
 * field a page shows goes through it: in a pull request they are the contributor's.
 */
public final class Html {
  private Html() {}

  /** Text or a double-quoted attribute value; control characters become spaces. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }
}
