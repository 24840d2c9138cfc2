package org.logokit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * An Xcode asset catalog's app icon, {@code AppIcon.appiconset}, as current Xcode (14 and later)
 * makes it: the single 1024 px icon the system scales from, or with {@code allSizes: true} also
 * every slot of Xcode's "All Sizes"; and with {@code appearances}, Xcode 16's dark and tinted
 * variants of each.
 */
public final class IosSet {
  public static final String FOLDER = "AppIcon.appiconset/";
  public static final String CONTENTS = FOLDER + "Contents.json";
  public static final String ICON_1024 = "AppIcon-1024.png";

  /** An icon's look, as Xcode 16 names them (the light one has no name in the catalog). */
  public enum Appearance {
    ANY(""),
    DARK("-dark"),
    TINTED("-tinted");

    private final String suffix;

    Appearance(String suffix) {
      this.suffix = suffix;
    }

    /** {@code dark}, {@code tinted}: the {@code luminosity} value in {@code Contents.json}. */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One slot of the catalog.
   *
   * @param points the size in points, e.g. {@code 83.5}
   * @param scale 2 or 3; 1 for the 1024 px icon, which has no scale in the catalog
   */
  public record Slot(String points, int scale) {
    /** {@code AppIcon-20@2x.png}, {@code AppIcon-1024-dark.png}. */
    public String file(Appearance look) {
      return (points.equals("1024") ? "AppIcon-1024" : "AppIcon-" + points + "@" + scale + "x")
          + look.suffix + ".png";
    }

    public int pixels() {
      return (int) Math.round(Double.parseDouble(points) * scale);
    }
  }

  /** The single size: Xcode 14's default. */
  public static final Slot SINGLE = new Slot("1024", 1);

  /**
   * Xcode 14+'s "All Sizes" for iOS, in its order: every slot is {@code universal} for
   * {@code ios}; 38, 64 and 68 pt are new since Xcode 13, and iPad's 1x slots are gone.
   */
  public static final List<Slot> ALL_SIZES = List.of(
      new Slot("20", 2), new Slot("20", 3), new Slot("29", 2), new Slot("29", 3),
      new Slot("38", 2), new Slot("38", 3), new Slot("40", 2), new Slot("40", 3),
      new Slot("60", 2), new Slot("60", 3), new Slot("64", 2), new Slot("64", 3),
      new Slot("68", 2), new Slot("76", 2), new Slot("83.5", 2), SINGLE);

  private IosSet() {}

  /**
   * Whether an output path is a dark or tinted appearance of a catalog's icon: artwork made for
   * the system's dark backdrop, which a page shows on dark whatever its master's artwork is.
   */
  public static boolean isDarkAppearance(String path) {
    if (!path.contains(FOLDER)) {
      return false;
    }
    return path.endsWith(Appearance.DARK.suffix + ".png")
        || path.endsWith(Appearance.TINTED.suffix + ".png");
  }

  /** The slots the set fills. */
  public static List<Slot> slots(Target.IconSet set) {
    return set.options().allSizes() ? ALL_SIZES : List.of(SINGLE);
  }

  /** The looks the set has: any, then dark and tinted as the config asks. */
  public static List<Appearance> appearances(Target.IconSet set) {
    List<Appearance> out = new ArrayList<>(List.of(Appearance.ANY));
    if (set.options().dark()) {
      out.add(Appearance.DARK);
    }
    if (set.options().tinted()) {
      out.add(Appearance.TINTED);
    }
    return out;
  }

  static List<Target.SetFile> files(Target.IconSet set) {
    List<Target.SetFile> out = new ArrayList<>();
    for (Slot s : slots(set)) {
      for (Appearance look : appearances(set)) {
        int px = s.pixels();
        Target.SetFile.Kind kind = switch (look) {
          // App Store icons may have no transparency: opaque, with no alpha channel.
          case ANY -> Target.SetFile.Kind.OPAQUE;
          // The system draws its own dark gradient behind a dark icon's transparency.
          case DARK -> Target.SetFile.Kind.DARK;
          case TINTED -> Target.SetFile.Kind.TINTED;
        };
        out.add(new Target.SetFile(set, FOLDER + s.file(look), IconSets.square(px,
            set.padding(), look == Appearance.ANY ? set.background() : 0), kind));
      }
    }
    out.add(new Target.SetFile(set, CONTENTS, null, Target.SetFile.Kind.TEXT));
    return out;
  }
}
