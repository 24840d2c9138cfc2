package org.logokit.sets;

import java.nio.charset.StandardCharsets;
import org.logokit.kit.WebSet;
import org.logokit.report.Html;

/**
 * {@code head.html}: the {@code <link>} tags to paste into a page's {@code <head>}, for the web
 * set's files served from the site's root (the file names are fixed, so nothing from the
 * config is in them; they are escaped all the same).
 */
final class HeadLinks {
  private HeadLinks() {}

  static byte[] bytes() {
    StringBuilder sb = new StringBuilder();
    link(sb, "icon", WebSet.FAVICON, " sizes=\"32x32\"");
    link(sb, "icon", WebSet.SVG, " type=\"image/svg+xml\"");
    link(sb, "apple-touch-icon", WebSet.APPLE_TOUCH, "");
    link(sb, "manifest", WebSet.MANIFEST, "");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void link(StringBuilder sb, String rel, String file, String more) {
    sb.append("<link rel=\"").append(Html.escape(rel)).append("\" href=\"/")
        .append(Html.escape(file)).append('"').append(more).append(">\n");
  }
}
