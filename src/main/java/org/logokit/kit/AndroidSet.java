package org.logokit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Android's launcher icon: the legacy {@code ic_launcher.png} at every density, and the
 * adaptive icon's two layers (API 26+) with the XML that joins them.
 */
public final class AndroidSet {
  public static final String XML = "mipmap-anydpi-v26/ic_launcher.xml";
  public static final String LAUNCHER = "ic_launcher.png";
  public static final String FOREGROUND = "ic_launcher_foreground.png";
  public static final String BACKGROUND = "ic_launcher_background.png";

  /** The densities and their scales over mdpi (1 dp = 1 px). */
  public enum Density {
    MDPI(2),
    HDPI(3),
    XHDPI(4),
    XXHDPI(6),
    XXXHDPI(8);

    private final int halves;

    Density(int halves) {
      this.halves = halves;
    }

    /** {@code mipmap-hdpi}. */
    public String folder() {
      return "mipmap-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** dp in pixels at this density (dp values used here are even, so this is exact). */
    public int px(int dp) {
      return dp * halves / 2;
    }
  }

  /** The legacy launcher icon's side. */
  public static final int LAUNCHER_DP = 48;

  /** An adaptive layer's side; the launcher shows the inner 72 dp, masked. */
  public static final int LAYER_DP = 108;

  /** The adaptive icon's safe zone: its content is inside the centre 66 dp. */
  public static final int SAFE_DP = 66;

  private AndroidSet() {}

  static List<Target.SetFile> files(Target.IconSet set) {
    List<Target.SetFile> out = new ArrayList<>();
    for (Density d : Density.values()) {
      int layer = d.px(LAYER_DP);
      // Half the difference, in pixels at this density: exact, so nothing leaks a pixel out.
      double margin = (d.px(LAYER_DP) - d.px(SAFE_DP)) / 2.0;
      out.add(new Target.SetFile(set, d.folder() + "/" + LAUNCHER,
          IconSets.square(d.px(LAUNCHER_DP), set.padding(), set.background()),
          Target.SetFile.Kind.MASTER));
      out.add(new Target.SetFile(set, d.folder() + "/" + FOREGROUND,
          IconSets.square(layer, new Target.Padding(margin, false), 0),
          Target.SetFile.Kind.MASTER));
      out.add(new Target.SetFile(set, d.folder() + "/" + BACKGROUND,
          IconSets.square(layer, Target.Padding.NONE, set.background()),
          Target.SetFile.Kind.FILL));
    }
    out.add(new Target.SetFile(set, XML, null, Target.SetFile.Kind.TEXT));
    return out;
  }
}
