package org.logokit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.logokit.kit.IconSets;
import org.logokit.kit.IosSet;
import org.logokit.manifest.ManifestEntry;

/**
 * A master's icon sets as their platforms show them, on a light and a dark backdrop, so a
 * designer sees clipping before shipping: the web set's favicon in a browser tab at 16 px and its
 * maskable icon under the three launcher masks; the Android adaptive icon (background and
 * foreground layers, 108 dp, of which a mask shows the middle 72 dp) under the same masks; the
 * iOS icon with its rounded corners, and its dark and tinted appearances on dark.
 *
 * <p>CSS alone (clip-path and border-radius over the set's own files, by relative path), so
 * nothing new is written to the output folder and the page runs no script. The masks are
 * approximations: a circle, a superellipse of exponent 4 for the squircle, a square with 15%
 * corners; iOS's continuous corner (about 22.37% of the side) is drawn as a circular one.
 */
final class SetPreviews {
  /** The side, in CSS pixels, of a masked icon: a launcher's icon at about 1.5x. */
  static final int SIDE = 72;

  /** The masks, as class names, in the order shown. */
  static final List<String> MASKS = List.of("mask-circle", "mask-squircle", "mask-rounded");

  private SetPreviews() {}

  /** One icon set's files: its folder (with the trailing slash) and platform. */
  private record Set(String folder, IconSets.Platform platform, List<ManifestEntry> files) {
    ManifestEntry file(String name) {
      return files.stream().filter(e -> e.path().equals(folder + name)).findFirst()
          .orElse(null);
    }
  }

  /** Appends the previews of the sets among a master's entries; nothing when it has none. */
  static void append(StringBuilder html, String master, List<ManifestEntry> entries) {
    Map<String, Set> sets = new TreeMap<>();
    for (ManifestEntry e : entries) {
      if (!IconSets.isSetFile(e.target())) {
        continue;
      }
      String file = e.target().substring(e.target().lastIndexOf(' ') + 1);
      if (!e.path().endsWith("/" + file)) {
        continue;
      }
      String folder = e.path().substring(0, e.path().length() - file.length());
      sets.computeIfAbsent(folder, f -> new Set(f,
          IconSets.Platform.of(e.target().split(" ", 2)[0]), new ArrayList<>())).files().add(e);
    }
    if (sets.isEmpty()) {
      return;
    }
    html.append("<div class=\"sets\">\n");
    for (IconSets.Platform platform : List.of(IconSets.Platform.WEB,
        IconSets.Platform.ANDROID, IconSets.Platform.IOS)) {
      for (Set set : sets.values()) {
        if (set.platform() == platform) {
          switch (platform) {
            case WEB -> web(html, master, set);
            case ANDROID -> android(html, set);
            case IOS -> ios(html, set);
          }
        }
      }
    }
    html.append("</div>\n");
  }

  private static void web(StringBuilder html, String master, Set set) {
    ManifestEntry ico = set.file("favicon.ico");
    ManifestEntry maskable = set.file("icon-maskable-512.png");
    if (ico == null || maskable == null) {
      return;
    }
    String name = ico.title() != null ? ico.title() : master;
    open(html, set, "web");
    for (String backdrop : List.of("light", "dark")) {
      html.append("<div class=\"stage ").append(backdrop).append("\">")
          .append("<span class=\"tab\"><img src=\"").append(ContactSheet.href(ico.path()))
          .append("\" width=\"16\" height=\"16\" alt=\"favicon\"><span class=\"tabtitle\">")
          .append(Html.escape(name)).append("</span></span><span class=\"row\">");
      for (String mask : MASKS) {
        html.append("<span class=\"masked ").append(mask).append("\"><img src=\"")
            .append(ContactSheet.href(maskable.path())).append("\" width=\"").append(SIDE)
            .append("\" height=\"").append(SIDE).append("\" alt=\"maskable, ")
            .append(maskName(mask)).append("\"></span>");
      }
      html.append("</span></div>\n");
    }
    close(html, set, "favicon.ico in a tab at 16 px; icon-maskable-512.png under a circle, "
        + "a squircle and a rounded square");
  }

  private static void android(StringBuilder html, Set set) {
    String dir = "res/mipmap-xxxhdpi/";
    ManifestEntry foreground = set.files().stream()
        .filter(e -> e.path().startsWith(set.folder() + dir) && e.path().endsWith(
            "_foreground.png")).findFirst().orElse(null);
    if (foreground == null) {
      return;
    }
    String layers = foreground.path().substring(0, foreground.path().length()
        - "_foreground.png".length());
    ManifestEntry background = set.file(layers.substring(set.folder().length())
        + "_background.png");
    if (background == null) {
      return;
    }
    open(html, set, "android");
    for (String backdrop : List.of("light", "dark")) {
      html.append("<div class=\"stage ").append(backdrop).append("\"><span class=\"row\">");
      for (String mask : MASKS) {
        html.append("<span class=\"masked adaptive ").append(mask).append("\">");
        for (ManifestEntry layer : List.of(background, foreground)) {
          html.append("<img src=\"").append(ContactSheet.href(layer.path()))
              .append("\" width=\"").append(SIDE * 3 / 2).append("\" height=\"")
              .append(SIDE * 3 / 2).append("\" alt=\"")
              .append(layer == background ? "background" : "foreground").append(", ")
              .append(maskName(mask)).append("\">");
        }
        html.append("</span>");
      }
      html.append("</span></div>\n");
    }
    close(html, set, "the adaptive icon's layers (108 dp) under a circle, a squircle and a "
        + "rounded square, each showing the middle 72 dp");
  }

  private static void ios(StringBuilder html, Set set) {
    ManifestEntry any = set.file(IosSet.FOLDER + IosSet.ICON_1024);
    if (any == null) {
      return;
    }
    String stem = any.path().substring(0, any.path().length() - ".png".length());
    ManifestEntry dark = set.file(stem.substring(set.folder().length()) + "-dark.png");
    ManifestEntry tinted = set.file(stem.substring(set.folder().length()) + "-tinted.png");
    open(html, set, "ios");
    html.append("<div class=\"stage light\"><span class=\"row\">");
    iosIcon(html, any, "any");
    html.append("</span></div>\n<div class=\"stage dark\"><span class=\"row\">");
    iosIcon(html, dark != null ? dark : any, dark != null ? "dark" : "any");
    if (tinted != null) {
      iosIcon(html, tinted, "tinted");
    }
    html.append("</span></div>\n");
    close(html, set, "AppIcon-1024.png with iOS's corner (22.37% of the side, drawn circular "
        + "where iOS's is continuous)" + (dark != null || tinted != null
        ? "; on dark its " + (dark != null && tinted != null ? "dark and tinted"
        : dark != null ? "dark" : "tinted") + " appearance" + (dark != null && tinted != null
        ? "s" : "") : ""));
  }

  private static void iosIcon(StringBuilder html, ManifestEntry e, String look) {
    html.append("<span class=\"masked mask-ios ios-").append(look).append("\"><img src=\"")
        .append(ContactSheet.href(e.path())).append("\" width=\"").append(SIDE)
        .append("\" height=\"").append(SIDE).append("\" alt=\"").append(look)
        .append("\"></span>");
  }

  private static void open(StringBuilder html, Set set, String platform) {
    html.append("<figure class=\"set set-").append(platform).append("\" data-set=\"")
        .append(Html.escape(set.folder())).append("\">\n");
  }

  private static void close(StringBuilder html, Set set, String what) {
    String folder = set.folder().substring(0, set.folder().length() - 1);
    html.append("<figcaption><b>")
        .append(Html.escape(folder.substring(folder.lastIndexOf('/') + 1)))
        .append("</b>: ").append(what).append("</figcaption>\n</figure>\n");
  }

  private static String maskName(String mask) {
    return mask.substring("mask-".length()).replace("rounded", "rounded square");
  }

  /**
   * The squircle as a CSS path at {@link #SIDE} px: the superellipse |x|^4 + |y|^4 = r^4, in
   * 64 points with two decimals, the same string on every machine.
   */
  static String squirclePath() {
    double r = SIDE / 2.0;
    StringBuilder d = new StringBuilder("path('");
    int n = 64;
    for (int i = 0; i < n; i++) {
      double t = 2 * Math.PI * i / n;
      double c = Math.cos(t);
      double s = Math.sin(t);
      double x = r + r * Math.signum(c) * Math.sqrt(Math.abs(c));
      double y = r + r * Math.signum(s) * Math.sqrt(Math.abs(s));
      d.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.2f %.2f", x, y));
    }
    return d.append(" Z')").toString();
  }

  /** The CSS for the previews, for the sheet's {@code <style>}. */
  static final String CSS = """
        .sets { display: flex; flex-wrap: wrap; gap: 12px 24px; margin-top: 10px; }
        .set { width: WIDTHpx; max-width: 100%; }
        .set figcaption { min-height: 0; }
        .stage { display: flex; flex-direction: column; align-items: flex-start; gap: 8px;
          padding: 10px; }
        .stage .row { display: flex; gap: 10px; }
        .stage.light { background: #d5d9de; }
        .stage.dark { background: #202124; }
        .tab { display: flex; align-items: center; gap: 8px; width: 236px; max-width: 100%;
          height: 34px; box-sizing: border-box; padding: 0 12px; border-radius: 8px 8px 0 0;
          font-size: 12px; overflow: hidden; }
        .light .tab { background: #fff; color: #1f1f1f; }
        .dark .tab { background: #35363a; color: #e8eaed; }
        .tab img { flex: none; }
        .tabtitle { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .masked { position: relative; flex: none; width: SIDEpx; height: SIDEpx;
          overflow: hidden; }
        .masked img { display: block; }
        .adaptive img { position: absolute; left: -QUARTERpx; top: -QUARTERpx; }
        .mask-circle { border-radius: 50%; }
        .mask-squircle { clip-path: SQUIRCLE; }
        .mask-rounded { border-radius: 15%; }
        .mask-ios { border-radius: 22.37%; }
        .ios-dark { background: #000; }
      """.replace("WIDTH", String.valueOf(3 * SIDE + 40))
      .replace("SIDE", String.valueOf(SIDE)).replace("QUARTER", String.valueOf(SIDE / 4))
      .replace("SQUIRCLE", squirclePath());
}
