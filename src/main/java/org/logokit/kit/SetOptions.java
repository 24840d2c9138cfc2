package org.logokit.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.logokit.text.Shown;

/**
 * An icon set's platform options, each validated, {@code null} or empty when not given (the
 * default applies). What a site or an app owns (its name, where it is served, its colours) is
 * set here, in the config, never by editing a set's files, which every render writes anew.
 *
 * @param name web: the app's name; default the master's {@code title} (a set needs one)
 * @param shortName web: the name under an installed icon; default {@link #shortName(String)}
 * @param base web: the URL path the set's folder is served at, {@code /} by default;
 *     {@code /project/} for a GitHub Pages project site
 * @param startUrl web: the page an installed app opens; default {@code base}
 * @param display web: {@code standalone} (default), {@code fullscreen} or {@code minimal-ui}
 * @param themeColor web: ARGB, opaque; default the set's background
 * @param allSizes ios: every slot of Xcode's "All Sizes" as well as the single 1024 px one
 * @param appearances ios: {@code dark} and/or {@code tinted}, Xcode 16's appearances
 * @param resource android: the resources' name, {@code ic_logo} by default
 */
public record SetOptions(String name, String shortName, String base, String startUrl,
    String display, Integer themeColor, boolean allSizes, List<String> appearances,
    String resource) {
  public static final SetOptions NONE = new SetOptions(null, null, null, null, null, null,
      false, List.of(), null);

  public static final String DEFAULT_BASE = "/";
  public static final String DEFAULT_DISPLAY = "standalone";
  public static final String DEFAULT_RESOURCE = "ic_logo";

  /** The display modes Chromium installs; {@code browser} is not an app. */
  static final List<String> DISPLAYS = List.of("standalone", "fullscreen", "minimal-ui");

  static final List<String> APPEARANCES = List.of("dark", "tinted");

  /** A short name longer than this is cut off under a home-screen icon (web.dev, Lighthouse). */
  public static final int SHORT_NAME = 12;

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
  private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~=&-]*");
  private static final Pattern RESOURCE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  public SetOptions {
    appearances = appearances == null ? List.of() : List.copyOf(appearances);
  }

  /** The web set's base path: {@code /} unless given. */
  public String baseOrDefault() {
    return base == null ? DEFAULT_BASE : base;
  }

  public String startUrlOrDefault() {
    return startUrl == null ? baseOrDefault() : startUrl;
  }

  public String displayOrDefault() {
    return display == null ? DEFAULT_DISPLAY : display;
  }

  public String resourceOrDefault() {
    return resource == null ? DEFAULT_RESOURCE : resource;
  }

  public boolean dark() {
    return appearances.contains("dark");
  }

  public boolean tinted() {
    return appearances.contains("tinted");
  }

  /**
   * The short name when none is given: the name when it fits under an icon
   * ({@value #SHORT_NAME} characters), else its first word when that fits, else the name (the
   * launcher cuts it).
   */
  public static String shortName(String name) {
    if (name.length() <= SHORT_NAME) {
      return name;
    }
    String first = name.split("\\s+", 2)[0];
    return first.length() <= SHORT_NAME ? first : name;
  }

  /** The options that differ from the defaults, as the set's spec writes them. */
  String spec() {
    StringBuilder sb = new StringBuilder();
    text(sb, "name", name);
    text(sb, "shortName", shortName);
    text(sb, "base", base);
    text(sb, "startUrl", startUrl);
    text(sb, "display", display);
    if (themeColor != null) {
      sb.append(String.format(" themeColor=#%08x", themeColor));
    }
    if (allSizes) {
      sb.append(" allSizes");
    }
    if (!appearances.isEmpty()) {
      sb.append(" appearances=").append(String.join(",", appearances));
    }
    text(sb, "resource", resource);
    return sb.toString();
  }

  private static void text(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(' ').append(key).append("=\"").append(value.replace("\\", "\\\\")
          .replace("\"", "\\\"")).append('"');
    }
  }

  /**
   * Validates what a set's object gave, for {@code platform}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  static SetOptions of(IconSets.Platform platform, TargetDeserializer.PlacedFields f) {
    List<String> given = new ArrayList<>();
    List<String> web = List.of("name", "shortName", "base", "startUrl", "display", "themeColor");
    for (String[] kv : new String[][] {{"name", f.name}, {"shortName", f.shortName},
        {"base", f.base}, {"startUrl", f.startUrl}, {"display", f.display},
        {"themeColor", f.themeColor}, {"allSizes", f.allSizes == null ? null : "x"},
        {"appearances", f.appearances == null ? null : "x"}, {"resource", f.resource}}) {
      if (kv[1] != null) {
        given.add(kv[0]);
      }
    }
    for (String key : given) {
      IconSets.Platform owner = web.contains(key) ? IconSets.Platform.WEB
          : key.equals("resource") ? IconSets.Platform.ANDROID : IconSets.Platform.IOS;
      if (owner != platform) {
        throw new IllegalArgumentException("'" + key + "' is for the " + owner.id() + " set");
      }
    }
    String name = appName("name", f.name, 120);
    String shortName = appName("shortName", f.shortName, 45);
    String base = f.base == null ? null : path("base", f.base, true);
    String startUrl = f.startUrl == null ? null : path("startUrl", f.startUrl, false);
    if (f.display != null && !DISPLAYS.contains(f.display)) {
      String guess = DidYouMean.closest(f.display, DISPLAYS);
      throw new IllegalArgumentException("'display' must be " + String.join(", ", DISPLAYS)
          + (f.display.equals("browser") ? " (browser is a tab, not an installed app)" : "")
          + ": " + Shown.quoted(f.display) + (guess == null ? "" : " (did you mean '" + guess
              + "'?)"));
    }
    Integer theme = null;
    if (f.themeColor != null) {
      theme = TargetDeserializer.colour(f.themeColor);
      if (theme >>> 24 != 0xff) {
        throw new IllegalArgumentException("'themeColor' must be opaque (#rgb or #rrggbb): "
            + Shown.quoted(f.themeColor));
      }
    }
    List<String> appearances = new ArrayList<>();
    for (String a : f.appearances == null ? List.<String>of() : f.appearances) {
      if (a == null || !APPEARANCES.contains(a) || appearances.contains(a)) {
        String guess = a == null ? null : DidYouMean.closest(a, APPEARANCES);
        throw new IllegalArgumentException("'appearances' lists dark and tinted, each at most "
            + "once: " + Shown.quoted(a) + (guess == null || guess.equals(a) ? ""
                : " (did you mean '" + guess + "'?)"));
      }
      appearances.add(a);
    }
    appearances.sort(java.util.Comparator.comparing(APPEARANCES::indexOf));
    if (f.resource != null && (!RESOURCE.matcher(f.resource).matches()
        || javax.lang.model.SourceVersion.isKeyword(f.resource))) {
      throw new IllegalArgumentException("'resource' must be an Android resource name: a "
          + "lower-case letter, then lower-case letters, digits and '_', and not a Java "
          + "keyword (e.g. ic_brand): " + Shown.quoted(f.resource));
    }
    return new SetOptions(name, shortName, base, startUrl, f.display, theme,
        Boolean.TRUE.equals(f.allSizes), appearances, f.resource);
  }

  private static String appName(String key, String value, int max) {
    if (value != null && (value.isBlank() || value.length() > max || !Shown.isPlain(value)
        || !value.strip().equals(value))) {
      throw new IllegalArgumentException("'" + key + "' must be one line of plain text, at "
          + "most " + max + " characters: " + Shown.quoted(value));
    }
    return value;
  }

  /**
   * A URL path on the site's own origin: {@code /}, then plain segments ({@code A-Z a-z 0-9 . _
   * ~ -}, never {@code .} or {@code ..}); a folder ends with {@code /}. No scheme, host or
   * {@code ..} can get in: {@code javascript:}, {@code //evil.example} and {@code /a/../b} are
   * refused, and the value is written into HTML and JSON escaped all the same.
   *
   * @param folder a base (ends with '/'); else a start URL (may name a page and a query)
   */
  private static String path(String key, String value, boolean folder) {
    String what = folder ? "'base' must be a URL path on the site, from '/' to '/' (e.g. "
        + "/project/), of plain segments (A-Z, a-z, 0-9, '.', '_', '~', '-'; no '..')"
        : "'startUrl' must be a URL path on the site, from '/' (e.g. /project/ or "
            + "/app/index.html?source=pwa), of plain segments (no '..', no scheme or host)";
    String path = value;
    String query = "";
    int q = value.indexOf('?');
    if (!folder && q >= 0) {
      path = value.substring(0, q);
      query = value.substring(q + 1);
    }
    boolean ok = path.startsWith("/") && path.length() <= 200 && QUERY.matcher(query).matches()
        && (!folder || path.endsWith("/")) && !path.startsWith("//");
    if (ok && path.length() > 1) {
      String inner = path.substring(1, path.endsWith("/") ? path.length() - 1 : path.length());
      for (String segment : inner.split("/", -1)) {
        if (!SEGMENT.matcher(segment).matches() || segment.equals(".")
            || segment.equals("..")) {
          ok = false;
        }
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(what + ": " + Shown.quoted(value));
    }
    return value;
  }
}
