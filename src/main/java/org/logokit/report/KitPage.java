package org.logokit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;

/**
 * The logo section of a kit page, made from the manifest: a heading per master and a figure per
 * output, light before dark and small to large, so the page always links exactly what the kit
 * has.
 *
 * <pre>{@code
 * String md = KitPage.section(manifest, KitPage.Style.HUGO, "/images/logos/xmpp/");
 * }</pre>
 */
public final class KitPage {
  public static final String BEGIN = "<!-- logokit:begin -->";
  public static final String END = "<!-- logokit:end -->";

  /**
   * The outputs the page shows as figures: PNGs (icons are linked, not shown), none of an icon
   * set (a set is for a site's or an app's build, not a figure of the logo page).
   */
  public static List<ManifestEntry> figures(Manifest manifest) {
    return manifest.outputs().stream().filter(ManifestEntry::isPng)
        .filter(e -> !org.logokit.kit.IconSets.isSetFile(e.target())).toList();
  }

  /** How figures are written. */
  public enum Style {
    /** Hugo {@code figure} shortcodes, as the XMPP kit page uses. */
    HUGO,
    /** Plain Markdown images. */
    MARKDOWN
  }

  private KitPage() {}

  /**
   * @param prefix prepended to each output path to make the link (the site folder the output
   *     folder is published under), e.g. {@code /images/logos/xmpp/}
   */
  public static String section(Manifest manifest, Style style, String prefix) {
    Map<String, List<ManifestEntry>> byName = new LinkedHashMap<>();
    figures(manifest).stream()
        .sorted(java.util.Comparator.comparing(KitPage::group)
            .thenComparing(e -> !e.scheme().equals("light"))
            .thenComparing(e -> !e.target().equals("own"))
            .thenComparing(e -> !e.target().endsWith("dpi"))
            .thenComparingLong(e -> (long) e.width() * e.height())
            .thenComparing(ManifestEntry::path))
        .forEach(e -> byName.computeIfAbsent(group(e), g -> new java.util.ArrayList<>()).add(e));
    StringBuilder md = new StringBuilder();
    for (Map.Entry<String, List<ManifestEntry>> g : byName.entrySet()) {
      String title = g.getValue().get(0).title() != null ? g.getValue().get(0).title()
          : title(g.getKey());
      md.append("## ").append(markdownText(title)).append(" (PNG)\n\n");
      for (ManifestEntry e : g.getValue()) {
        String caption = title + " (PNG file" + detail(e) + ")";
        md.append(style == Style.HUGO
            ? "{{< figure src=\"" + prefix + ContactSheet.href(e.path()) + "\" caption=\""
                + shortcodeText(caption) + "\" width=\"250\" class=\"img-thumbnail p-3\" >}}"
            : "![" + markdownText(caption) + "](" + prefix
                + ContactSheet.href(e.path()).replace("(", "%28").replace(")", "%29") + ")")
            .append("\n\n");
      }
    }
    return md.toString();
  }

  /**
   * Text inside a quoted shortcode parameter, which Hugo then renders as Markdown: every
   * character that could close the quote or the shortcode, or mean something to Markdown or
   * HTML, as a character reference.
   */
  static String shortcodeText(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(' ');
      } else if ("\"'<>&{}[]\\`*_|!#".indexOf(c) >= 0) {
        out.append("&#").append(c).append(';');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Text of a Markdown heading or image description: Markdown and HTML specials escaped. */
  static String markdownText(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(' ');
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if ("\\`*_{}[]#|!".indexOf(c) >= 0) {
        out.append('\\').appendCodePoint(c);
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** {@code page} with the text between the markers replaced by {@code section}. */
  public static String splice(String page, String section) {
    int begin = page.indexOf(BEGIN);
    int end = page.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the page has no " + BEGIN + " ... " + END
          + " markers to write between");
    }
    return page.substring(0, begin + BEGIN.length()) + "\n\n" + section
        + page.substring(end);
  }

  /** Outputs are grouped by the folder they are in: the master's name in the default naming. */
  private static String group(ManifestEntry e) {
    int slash = e.path().lastIndexOf('/');
    return slash < 0 ? e.master().replaceFirst("\\.svgz?$", "") : e.path().substring(0, slash);
  }

  /** {@code xmpp_logo_(black_text)} -> {@code Xmpp logo (black text)}. */
  static String title(String name) {
    String t = name.replace('_', ' ').replace("( ", "(").strip();
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static String detail(ManifestEntry e) {
    String scheme = e.scheme().equals("light") ? "" : ", " + e.scheme();
    String t = e.target();
    if (t.equals("own")) {
      return scheme;
    }
    return scheme + ", " + (t.endsWith("dpi") ? t.replace("dpi", "").toUpperCase(Locale.ROOT)
        + " DPI" : t);
  }
}
