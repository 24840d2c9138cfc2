package org.logokit.kit;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.format.Format;
import org.logokit.text.Shown;

/**
 * One output size of a master, written in the config as {@code own}, {@code 300dpi} or
 * {@code 64px}.
 *
 * <ul>
 *   <li>{@link OwnSize}: the master's intrinsic size, 96 DPI.
 *   <li>{@link Dpi}: the intrinsic size scaled by dpi/96, tagged with that DPI.
 *   <li>{@link PointDpi}: Illustrator's convention, the master's units read as points: the
 *       intrinsic size scaled by dpi/72, rounded up to whole pixels, tagged with that DPI.
 *   <li>{@link Pixels}: the longest side set to N, aspect kept; tagged so that the master's
 *       physical size is kept (96 x N / longest side), as the XMPP kit's files are.
 *   <li>{@link Icon}: {@code ico} or {@code icns}, one file with a square entry per size.
 *   <li>{@link Tiff}: a size as a TIFF for print, e.g. {@code 300dpi.tiff}.
 *   <li>{@link Pdf}: the master as one vector PDF page at its physical size, for print.
 *   <li>{@link Placed}: a size placed on a canvas (a box of another aspect, padding, a
 *       background), written in the config as an object.
 * </ul>
 */
@JsonDeserialize(using = TargetDeserializer.class)
public sealed interface Target {
  /** Larger targets are a typo or an attack; 32768 px is already a 4 GiB raster. */
  int MAX_PIXELS = 32768;

  int MAX_DPI = 9600;

  /** The file-name suffix the default naming gives this target. */
  String suffix();

  /** The output file's extension: {@code png} but for icons. */
  default String extension() {
    return "png";
  }

  /** The output file's format; {@code null} for an icon set, which is many files. */
  default Format format() {
    return Format.of(extension());
  }

  /**
   * What the file is of the master: an icon set's file's own target ({@link SetFile#made()}),
   * else the target itself.
   */
  default Target drawn() {
    return this;
  }

  @JsonValue
  String spec();

  record OwnSize() implements Target {
    @Override
    public String suffix() {
      return "";
    }

    @Override
    public String spec() {
      return "own";
    }
  }

  record Dpi(int dpi) implements Target {
    @Override
    public String suffix() {
      return "-" + dpi + "dpi";
    }

    @Override
    public String spec() {
      return dpi + "dpi";
    }
  }

  /**
   * A DPI with the master's user units read as points (1/72 in), as Illustrator's "300 ppi"
   * exports do: scale dpi/72, the canvas rounded up to whole pixels (the art drawn at the exact
   * scale from the top-left corner), pHYs dpi. Written {@code 300dpi-pt}.
   */
  record PointDpi(int dpi) implements Target {
    @Override
    public String suffix() {
      return "-" + spec();
    }

    @Override
    public String spec() {
      return dpi + "dpi-pt";
    }
  }

  /**
   * The longest side N pixels, the other by the aspect ratio.
   *
   * @param dpi the pHYs to write, as exporters with a fixed resolution do (Illustrator 72,
   *     Inkscape 96): written {@code {size: 512px, dpi: 72}}; 0 keeps the master's physical
   *     size (96 x N / longest side)
   * @param round how the other side is made whole: {@code nearest} (Inkscape), {@code up}
   *     ({@code rsvg-convert -w N}) or {@code down}: written {@code {size: 500px, round: up}}
   */
  record Pixels(int pixels, int dpi, Rounding round) implements Target {
    public Pixels(int pixels) {
      this(pixels, 0, Rounding.NEAREST);
    }

    @Override
    public String suffix() {
      return "-" + pixels + "px";
    }

    @Override
    public String spec() {
      return pixels + "px" + (dpi > 0 ? " dpi=" + dpi : "")
          + (round != Rounding.NEAREST ? " round=" + round.id() : "");
    }
  }

  /** How a side that is not a whole number of pixels is made whole. */
  enum Rounding {
    NEAREST, UP, DOWN;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** At least 1; forgiving the floating-point noise of an exact product (625.0000001). */
    public int apply(double v) {
      double whole = switch (this) {
        case NEAREST -> Math.round(v);
        case UP -> Math.ceil(v - 1e-6);
        case DOWN -> Math.floor(v + 1e-6);
      };
      return (int) Math.max(1, whole);
    }

    /** {@code nearest}, {@code up} or {@code down}; {@code null} for anything else. */
    public static Rounding of(String id) {
      for (Rounding r : values()) {
        if (r.id().equals(id)) {
          return r;
        }
      }
      return null;
    }
  }

  /**
   * The width set to N pixels, the height by the aspect ratio ({@code convert --width}); not
   * written in configs, where sizes are the longest side.
   */
  record Width(int pixels) implements Target {
    @Override
    public String suffix() {
      return "-" + pixels + "w";
    }

    @Override
    public String spec() {
      return "width " + pixels + "px";
    }
  }

  /** The height set to N pixels ({@code convert --height}). */
  record Height(int pixels) implements Target {
    @Override
    public String suffix() {
      return "-" + pixels + "h";
    }

    @Override
    public String spec() {
      return "height " + pixels + "px";
    }
  }

  /**
   * The master itself, copied into the output folder ({@code svg}, or {@code copyMasters: true}),
   * so that a page linking the SVG next to its PNGs checks against one folder.
   */
  record Copy() implements Target {
    @Override
    public String suffix() {
      return "";
    }

    @Override
    public String extension() {
      return "svg";
    }

    @Override
    public String spec() {
      return "svg";
    }
  }

  /**
   * The master as a one-page vector PDF for print ({@code pdf}): the page is the intrinsic size
   * read as CSS px (1/96 in), in points (x 72/96), and the paths stay paths.
   */
  record Pdf() implements Target {
    @Override
    public String suffix() {
      return "";
    }

    @Override
    public String extension() {
      return "pdf";
    }

    @Override
    public String spec() {
      return "pdf";
    }
  }

  /** A multi-size icon file; its entries are square, the master fitted into each. */
  record Icon(String extension, List<Integer> sizes) implements Target {
    public static final Icon ICO = new Icon("ico", List.of(16, 32, 48, 64, 128, 256));
    public static final Icon ICNS = new Icon("icns", List.of(16, 32, 64, 128, 256, 512, 1024));

    @Override
    public String suffix() {
      return "";
    }

    @Override
    public String spec() {
      return extension;
    }
  }

  /** A size written as an LZW-compressed TIFF with resolution tags, for print. */
  record Tiff(Target size) implements Target {
    @Override
    public String suffix() {
      return size.suffix();
    }

    @Override
    public String extension() {
      return "tiff";
    }

    @Override
    public String spec() {
      return size.spec() + ".tiff";
    }
  }

  /**
   * A size on a canvas: the canvas is {@code box} (or the size's own dimensions), the master is
   * fitted inside the padding, centred, over the background.
   *
   * @param size what the master would be alone; sets the canvas when there is no box, and the
   *     DPI when it is a DPI target
   * @param box canvas width and height, or {@code null}
   * @param padding on every side: pixels, or a percentage of the canvas's shorter side
   * @param background ARGB, 0 for transparent
   * @param suffix the file-name suffix, required; may be empty (an Illustrator export is named
   *     as its master), as path clashes are refused anyway
   */
  record Placed(Target size, int[] box, Padding padding, int background, String suffix)
      implements Target {
    @Override
    public String spec() {
      StringBuilder sb = new StringBuilder(size.spec());
      if (box != null) {
        sb.append(" box=").append(box[0]).append('x').append(box[1]);
      }
      if (!padding.isZero()) {
        sb.append(" padding=").append(padding);
      }
      if (background != 0) {
        sb.append(String.format(" background=#%08x", background));
      }
      return sb.append(" suffix=").append(suffix).toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Placed p && p.spec().equals(spec());
    }

    @Override
    public int hashCode() {
      return spec().hashCode();
    }
  }

  /**
   * A platform's icon set ({@code web}, {@code ios}, {@code android}): one target that stands for
   * all the files the platform wants, in a folder of their own ({@link IconSets} lists them).
   *
   * @param background ARGB, opaque: behind the icons the platforms show without transparency
   * @param padding around the master on the opaque square icons (apple-touch-icon, iOS)
   * @param options the platform's own options ({@link SetOptions}), validated
   */
  record IconSet(IconSets.Platform platform, int background, Padding padding,
      SetOptions options) implements Target {
    @Override
    public String suffix() {
      return "-" + platform.id();
    }

    @Override
    public String extension() {
      return "";
    }

    @Override
    public String spec() {
      return IconSets.spec(this);
    }

    /** Every file of the set, in a fixed order. */
    public List<SetFile> files() {
      return IconSets.files(this);
    }
  }

  /**
   * One file of an icon set, at {@code file} inside the set's folder.
   *
   * @param made what the file is of the master: a {@link Placed} square, an {@link Icon} or the
   *     {@link Copy}; the canvas for a {@link SetFile.Kind#FILL}; {@code null} for a text file
   * @param circle 0, or the radius, as a fraction of the canvas's side, of the centred circle
   *     that everything the master draws is fitted into (a mask's safe zone is a circle)
   */
  record SetFile(IconSet set, String file, Target made, Kind kind, double circle)
      implements Target {
    /** How the file is made. */
    public enum Kind {
      /** The master as {@code made} says. */
      MASTER,
      /** The master placed on the set's background, written without an alpha channel. */
      OPAQUE,
      /**
       * The master placed on the set's background, opaque, written as 32-bit RGBA all the
       * same: Google Play's icon, which its specification asks as a "32-bit PNG".
       */
      OPAQUE_RGBA,
      /** The set's background alone, at {@code made}'s canvas (a layer under the master). */
      FILL,
      /** The master's shape alone, in one colour: Android's monochrome (themed icon) layer. */
      SILHOUETTE,
      /** A circle of the set's background with the master inside, transparent around it. */
      ROUND,
      /** The master in its dark scheme, on transparency: iOS's dark appearance. */
      DARK,
      /**
       * The dark appearance in grey on black, its lightest grey white: iOS's tinted appearance,
       * which the system colours.
       */
      TINTED,
      /** A text file the platform reads (JSON, XML, HTML), written from the set's file list. */
      TEXT
    }

    /** A file fitted to its box ({@code circle} 0). */
    public SetFile(IconSet set, String file, Target made, Kind kind) {
      this(set, file, made, kind, 0);
    }

    /**
     * Whether the master is fitted by what it draws into a centred circle of {@code circle}
     * times the canvas's side (a radius), rather than by its box into {@code made}'s padding.
     */
    public boolean inCircle() {
      return circle > 0;
    }

    @Override
    public String suffix() {
      return set.suffix();
    }

    @Override
    public String extension() {
      return file.substring(file.lastIndexOf('.') + 1);
    }

    @Override
    public String spec() {
      return set.spec() + " " + file;
    }

    @Override
    public Target drawn() {
      return made != null ? made : this;
    }
  }

  /** Padding in pixels, or as a percentage of the canvas's shorter side. */
  record Padding(double value, boolean percent) {
    public static final Padding NONE = new Padding(0, false);

    public boolean isZero() {
      return value == 0;
    }

    /** In pixels, for a canvas of this shorter side. */
    public double pixels(int shorterSide) {
      return percent ? shorterSide * value / 100 : value;
    }

    @Override
    public String toString() {
      String n = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
      return n + (percent ? "%" : "px");
    }
  }

  /**
   * {@code #rgb}, {@code #rrggbb}, {@code #rrggbbaa} or {@code transparent} as ARGB (0 for
   * transparent), as placements and {@code convert --background} write colours.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  static int colour(String s) {
    return TargetDeserializer.colour(s);
  }

  Pattern SPEC = Pattern.compile("(\\d{1,6})(px|dpi|dpi-pt)");

  /**
   * Parses {@code own}, {@code <N>dpi}, {@code <N>dpi-pt} or {@code <N>px}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  static Target parse(String spec) {
    String s = spec == null ? "" : spec.trim();
    if (s.equals("own")) {
      return new OwnSize();
    }
    if (s.equals("ico")) {
      return Icon.ICO;
    }
    if (s.equals("icns")) {
      return Icon.ICNS;
    }
    if (s.equals("svg")) {
      return new Copy();
    }
    if (IconSets.Platform.of(s) != null) {
      return IconSets.defaults(IconSets.Platform.of(s));
    }
    if (s.equals("pdf")) {
      return new Pdf();
    }
    if (s.endsWith(".tiff")) {
      Target size = parse(s.substring(0, s.length() - 5));
      if (size instanceof Icon || size instanceof Tiff || size instanceof Pdf) {
        throw new IllegalArgumentException(Shown.quoted(spec) + " is not a target: a TIFF is own, "
            + "<N>dpi or <N>px followed by .tiff");
      }
      return new Tiff(size);
    }
    Matcher m = SPEC.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          Shown.quoted(spec) + " is not a target: write own, <N>dpi (e.g. 300dpi), <N>dpi-pt (e.g. "
          + "300dpi-pt), <N>px (e.g. 64px), ico, icns, svg, pdf, "
          + String.join(", ", IconSets.ids()) + ", or "
          + "a size with .tiff (e.g. 300dpi.tiff)");
    }
    int n = Integer.parseInt(m.group(1));
    boolean px = m.group(2).equals("px");
    int max = px ? MAX_PIXELS : MAX_DPI;
    if (n < 1 || n > max) {
      throw new IllegalArgumentException(
          Shown.quoted(spec) + " is out of range: " + m.group(2) + " must be 1 to " + max);
    }
    return px ? new Pixels(n) : m.group(2).equals("dpi") ? new Dpi(n) : new PointDpi(n);
  }
}
