package org.logokit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * An Xcode asset catalog's app icon, {@code AppIcon.appiconset}: the single 1024 px icon Xcode
 * 14 and later scale from, or with {@code legacy: true} also every size older Xcodes want.
 */
public final class IosSet {
  public static final String FOLDER = "AppIcon.appiconset/";
  public static final String CONTENTS = FOLDER + "Contents.json";
  public static final String ICON_1024 = "AppIcon-1024.png";

  /**
   * One slot of an "all sizes" catalog.
   *
   * @param idiom {@code iphone}, {@code ipad} or {@code ios-marketing}
   * @param points the size in points, e.g. {@code 83.5}
   * @param scale 1, 2 or 3
   */
  public record Slot(String idiom, String points, int scale) {
    /** {@code AppIcon-20@2x.png}; one file serves every slot of its size and scale. */
    public String file() {
      return points.equals("1024") ? ICON_1024 : "AppIcon-" + points + "@" + scale + "x.png";
    }

    public int pixels() {
      return (int) Math.round(Double.parseDouble(points) * scale);
    }
  }

  /** Xcode 13's AppIcon slots for iPhone and iPad, in its order. */
  public static final List<Slot> LEGACY = List.of(
      new Slot("iphone", "20", 2), new Slot("iphone", "20", 3),
      new Slot("iphone", "29", 2), new Slot("iphone", "29", 3),
      new Slot("iphone", "40", 2), new Slot("iphone", "40", 3),
      new Slot("iphone", "60", 2), new Slot("iphone", "60", 3),
      new Slot("ipad", "20", 1), new Slot("ipad", "20", 2),
      new Slot("ipad", "29", 1), new Slot("ipad", "29", 2),
      new Slot("ipad", "40", 1), new Slot("ipad", "40", 2),
      new Slot("ipad", "76", 1), new Slot("ipad", "76", 2),
      new Slot("ipad", "83.5", 2),
      new Slot("ios-marketing", "1024", 1));

  private IosSet() {}

  static List<Target.SetFile> files(Target.IconSet set) {
    List<Target.SetFile> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    List<Slot> slots = set.legacy() ? LEGACY : List.of(new Slot("universal", "1024", 1));
    for (Slot s : slots) {
      if (!seen.contains(s.file())) {
        seen.add(s.file());
        // App Store icons may have no transparency: every one is opaque, with no alpha channel.
        out.add(new Target.SetFile(set, FOLDER + s.file(),
            IconSets.square(s.pixels(), set.padding(), set.background()),
            Target.SetFile.Kind.OPAQUE));
      }
    }
    out.add(new Target.SetFile(set, CONTENTS, null, Target.SetFile.Kind.TEXT));
    return out;
  }
}
