package org.logokit.kit;

import java.util.List;
import java.util.Locale;

/**
 * The icon sets a target may name, and what each expands to. The rules each set follows, and
 * their sources, are in {@code docs/icon-sets.md}.
 */
public final class IconSets {
  /** White: what the platforms fill transparency with varies (iOS uses black), so say it. */
  public static final int DEFAULT_BACKGROUND = 0xffffffff;

  /** Around the master on the opaque squares: logokit's choice, as the shipped app icon's. */
  public static final Target.Padding DEFAULT_PADDING = new Target.Padding(10, true);

  private IconSets() {}

  /** A platform with an icon set. */
  public enum Platform {
    WEB,
    IOS,
    ANDROID;

    /** As written in the config and in folder names: {@code web}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The platform written {@code s}, or {@code null}. */
    public static Platform of(String s) {
      for (Platform p : values()) {
        if (p.id().equals(s)) {
          return p;
        }
      }
      return null;
    }
  }

  /** Every platform's id, in order: {@code web, ios, android}. */
  public static java.util.List<String> ids() {
    return java.util.Arrays.stream(Platform.values()).map(Platform::id).toList();
  }

  /**
   * Whether a manifest record's target is a file of an icon set: the set's spec, a space, the
   * file ({@code web favicon.ico}), as {@link Target.SetFile#spec()} writes it.
   */
  public static boolean isSetFile(String target) {
    return target != null && target.contains(" ")
        && Platform.of(target.split(" ", 2)[0]) != null;
  }

  /** The set as written alone, {@code web}: default background, padding and options. */
  static Target.IconSet defaults(Platform platform) {
    return new Target.IconSet(platform, DEFAULT_BACKGROUND, DEFAULT_PADDING, SetOptions.NONE);
  }

  /** {@code web}, with the options that differ from the defaults: {@code ios allSizes}. */
  static String spec(Target.IconSet set) {
    StringBuilder sb = new StringBuilder(set.platform().id());
    if (set.background() != DEFAULT_BACKGROUND) {
      sb.append(String.format(" background=#%08x", set.background()));
    }
    if (!set.padding().equals(DEFAULT_PADDING)) {
      sb.append(" padding=").append(set.padding());
    }
    return sb.append(set.options().spec()).toString();
  }

  static List<Target.SetFile> files(Target.IconSet set) {
    return switch (set.platform()) {
      case WEB -> WebSet.files(set);
      case IOS -> IosSet.files(set);
      case ANDROID -> AndroidSet.files(set);
    };
  }

  /** A square of {@code side} px with the master fitted inside {@code padding}. */
  static Target.Placed square(int side, Target.Padding padding, int background) {
    return new Target.Placed(new Target.Pixels(side), new int[] {side, side}, padding,
        background, "");
  }
}
