package org.logokit.sets;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.logokit.kit.SetOptions;
import org.logokit.kit.Target;
import org.logokit.kit.WebSet;
import org.logokit.report.Html;

/**
 * {@code head.html}: the tags to paste into a page's {@code <head>}: the {@code <link>}s to the
 * web set's files where the folder is served (the set's {@code base}, {@code /} by default) and
 * the theme colour. The base is validated as a plain site path in the config; it is escaped
 * here all the same.
 */
final class HeadLinks {
  private HeadLinks() {}

  static byte[] bytes(Target.IconSet set) {
    SetOptions o = set.options();
    String base = o.baseOrDefault();
    StringBuilder sb = new StringBuilder();
    link(sb, "icon", base + WebSet.FAVICON, " sizes=\"32x32\"");
    link(sb, "icon", base + WebSet.SVG, " type=\"image/svg+xml\"");
    link(sb, "apple-touch-icon", base + WebSet.APPLE_TOUCH, "");
    link(sb, "manifest", base + WebSet.MANIFEST, "");
    sb.append("<meta name=\"theme-color\" content=\"").append(Html.escape(hex(
        o.themeColor() != null ? o.themeColor() : set.background()))).append("\">\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void link(StringBuilder sb, String rel, String href, String more) {
    sb.append("<link rel=\"").append(Html.escape(rel)).append("\" href=\"")
        .append(Html.escape(href)).append('"').append(more).append(">\n");
  }

  /** An opaque ARGB colour as CSS writes it: {@code #0b1d3a}. */
  static String hex(int argb) {
    return String.format(Locale.ROOT, "#%06x", argb & 0xffffff);
  }
}
