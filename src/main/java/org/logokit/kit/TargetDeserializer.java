package org.logokit.kit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.text.PathRules;
import org.logokit.text.Shown;

/**
 * Reads a target: a string ({@code own}, {@code 300dpi}, {@code 300dpi-pt}, {@code 64px}, {@code ico},
 * {@code icns}) or a placement object:
 *
 * <pre>
 * {size: 1024px, box: 1024x1024, padding: 10%, background: "#ffffff", suffix: -appicon}
 * </pre>
 */
final class TargetDeserializer extends StdDeserializer<Target> {
  private static final Pattern BOX = Pattern.compile("(\\d{1,5})x(\\d{1,5})");
  private static final Pattern PADDING = Pattern.compile("(\\d{1,5}(?:\\.\\d+)?)(%|px)?");
  private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|"
      + "[0-9a-fA-F]{8})");

  TargetDeserializer() {
    super(Target.class);
  }

  /** The keys of a target object: a placement, or an icon set when {@code set} is given. */
  static final class PlacedFields {
    public String size;
    public String box;
    public String padding;
    public String background;
    public String suffix;
    public String set;
    public Boolean legacy;
    public String name;
    public String shortName;
    public String base;
    public String startUrl;
    public String display;
    public String themeColor;
    public Boolean allSizes;
    public java.util.List<String> appearances;
    public String resource;
    public Integer dpi;
    public String round;
  }

  @Override
  public Target deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    try {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return Target.parse(p.getText());
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a target is a string (own, 300dpi, 64px, ico, "
            + "icns, svg, pdf, " + String.join(", ", IconSets.ids()) + ") or an object (a "
            + "placement, or an icon set)");
      }
      PlacedFields fields = ctxt.readValue(p, PlacedFields.class);
      return fields.set != null ? iconSet(fields) : placed(fields);
    } catch (IllegalArgumentException e) {
      // Reported at the target's first line, not wherever the parser has got to; noted, so
      // that the parse goes on and every problem of the config is reported in one run.
      String message = e.getMessage() + suggestion(p);
      ConfigProblems problems = ConfigProblems.of(ctxt);
      if (problems == null) {
        throw new JsonMappingException(p, message, start);
      }
      if (p.currentToken() == JsonToken.START_OBJECT) {
        p.skipChildren();
      }
      problems.add(start.getLineNr(), "bad value for '" + ConfigProblems.key(p) + "': "
          + message);
      return null;
    }
  }

  /** " (did you mean '64px'?)" for a near miss of a target written as a string. */
  private static String suggestion(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return "";
    }
    String s = p.getText().strip().toLowerCase(java.util.Locale.ROOT);
    Matcher m = Pattern.compile("(\\d+)\\s*([a-z.]*)").matcher(s);
    String guess;
    if (m.matches()) {
      String unit = DidYouMean.closest(m.group(2), java.util.List.of("px", "dpi", "px.tiff",
          "dpi.tiff"));
      guess = unit == null ? null : m.group(1) + unit;
    } else {
      java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("own", "ico",
          "icns", "svg", "pdf", "own.tiff"));
      words.addAll(IconSets.ids());
      guess = DidYouMean.closest(s, words);
    }
    try {
      return guess == null || guess.equals(s) ? "" : (Target.parse(guess) != null
          ? " (did you mean '" + guess + "'?)" : "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static Target placed(PlacedFields f) {
    for (String[] kv : new String[][] {{"legacy", f.legacy == null ? null : ""},
        {"name", f.name}, {"shortName", f.shortName}, {"base", f.base},
        {"startUrl", f.startUrl}, {"display", f.display}, {"themeColor", f.themeColor},
        {"allSizes", f.allSizes == null ? null : ""},
        {"appearances", f.appearances == null ? null : ""}, {"resource", f.resource}}) {
      if (kv[1] != null) {
        throw new IllegalArgumentException("'" + kv[0] + "' is for icon sets (add 'set: web', "
            + "'set: ios' or 'set: android'); a placement has size, box, padding, background "
            + "and suffix, and a size in pixels dpi and round");
      }
    }
    Target size = Target.parse(f.size == null ? "own" : f.size);
    if (f.dpi != null || f.round != null) {
      if (!(size instanceof Target.Pixels px)) {
        throw new IllegalArgumentException("'dpi' and 'round' are for a size in pixels "
            + "(e.g. {size: 512px, dpi: 72}), not " + Shown.quoted(size.spec()));
      }
      if (f.dpi != null && (f.dpi < 1 || f.dpi > Target.MAX_DPI)) {
        throw new IllegalArgumentException("'dpi' must be 1 to " + Target.MAX_DPI + ": "
            + f.dpi);
      }
      Target.Rounding round = f.round == null ? Target.Rounding.NEAREST
          : Target.Rounding.of(f.round.strip());
      if (round == null) {
        throw new IllegalArgumentException("'round' must be nearest, up or down: "
            + Shown.quoted(f.round));
      }
      size = new Target.Pixels(px.pixels(), f.dpi == null ? 0 : f.dpi, round);
      if (f.suffix == null && f.box == null && f.padding == null && f.background == null) {
        return size; // a pixel size of its own: its own suffix
      }
    }
    if (size instanceof Target.Icon || size instanceof Target.Placed
        || size instanceof Target.Tiff || size instanceof Target.Pdf
        || size instanceof Target.Copy) {
      throw new IllegalArgumentException("'size' of a placement must be own, <N>dpi, "
          + "<N>dpi-pt or <N>px");
    }
    String suffixProblem = f.suffix == null ? "is missing"
        : PathRules.nameProblem("x" + f.suffix);
    // An empty suffix is allowed (Illustrator names an export as its master); a clash with
    // another output is refused with every other clash.
    if (f.suffix != null && (f.suffix.equals(".") || f.suffix.equals(".."))) {
      suffixProblem = "is " + Shown.quoted(f.suffix);
    }
    if (suffixProblem != null) {
      throw new IllegalArgumentException("a placement needs a 'suffix' of its own, a plain "
          + "file-name part (e.g. -card): " + (f.suffix == null ? "" : Shown.quoted(f.suffix)
          + " ") + suffixProblem);
    }
    int[] box = null;
    if (f.box != null) {
      Matcher m = BOX.matcher(f.box.strip());
      if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1
          || Integer.parseInt(m.group(1)) > Target.MAX_PIXELS
          || Integer.parseInt(m.group(2)) > Target.MAX_PIXELS) {
        throw new IllegalArgumentException("'box' must be <width>x<height> in pixels, e.g. "
            + "1200x630: " + Shown.quoted(f.box));
      }
      box = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
    Target.Padding padding = f.padding == null ? Target.Padding.NONE : padding(f.padding);
    return new Target.Placed(size, box, padding, colour(f.background), f.suffix);
  }

  private static Target.Padding padding(String s) {
    Matcher m = PADDING.matcher(s.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'padding' must be pixels (40 or 40px) or a "
          + "percentage (10%): " + Shown.quoted(s));
    }
    Target.Padding padding = new Target.Padding(Double.parseDouble(m.group(1)),
        "%".equals(m.group(2)));
    if (padding.percent() && padding.value() >= 50) {
      throw new IllegalArgumentException("'padding' must be under 50% or nothing is left");
    }
    return padding;
  }

  /** {@code {set: ios, background: "#fff", padding: 8%, allSizes: true}}; see {@link SetOptions}. */
  static Target.IconSet iconSet(PlacedFields f) {
    IconSets.Platform platform = IconSets.Platform.of(f.set.strip());
    if (platform == null) {
      throw new IllegalArgumentException("'set' must be web, ios or android: "
          + Shown.quoted(f.set));
    }
    if (f.size != null || f.box != null || f.suffix != null) {
      throw new IllegalArgumentException("an icon set has its own sizes and names: 'size', "
          + "'box' and 'suffix' are for placements");
    }
    if (f.legacy != null) {
      // Xcode 13's per-device slots: current Xcode has one 1024 px slot, or "All Sizes".
      throw new IllegalArgumentException("'legacy' (Xcode 13's per-device slots) is gone: "
          + "write 'allSizes: true' on the ios set for current Xcode's All Sizes slots");
    }
    int background = f.background == null ? IconSets.DEFAULT_BACKGROUND : colour(f.background);
    if (background >>> 24 != 0xff) {
      // Apple's icons may not be transparent, and a launcher's background layer is opaque.
      throw new IllegalArgumentException("an icon set's 'background' must be opaque (#rgb or "
          + "#rrggbb): " + Shown.quoted(f.background));
    }
    return new Target.IconSet(platform, background, f.padding == null
        ? IconSets.DEFAULT_PADDING : padding(f.padding), SetOptions.of(platform, f));
  }

  /** #rgb, #rrggbb or #rrggbbaa to ARGB; null or "transparent" to 0. */
  static int colour(String s) {
    if (s == null || s.strip().equals("transparent")) {
      return 0;
    }
    Matcher m = COLOUR.matcher(s.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'background' must be #rgb, #rrggbb, #rrggbbaa or "
          + "transparent: " + Shown.quoted(s));
    }
    String hex = m.group(1);
    if (hex.length() == 3) {
      hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2)
          + hex.charAt(2);
    }
    long rgba = Long.parseLong(hex.length() == 6 ? hex + "ff" : hex, 16);
    return (int) (((rgba & 0xff) << 24) | (rgba >>> 8));
  }
}
