package org.logokit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Android's launcher icon, laid out as a module's {@code src/main/} folder: under {@code res/},
 * the legacy square and round icons at every density, the adaptive icon's background,
 * foreground and monochrome (themed icon) layers, and the XML that joins them (API 26+); beside
 * {@code res/}, the 512 px Play Store icon (opaque, in the 32-bit PNG Google Play asks for). The resources are named {@code ic_logo} (the set's
 * {@code resource}), not {@code ic_launcher}: copied into a new Android Studio project, they sit
 * beside its template's {@code ic_launcher.webp} instead of colliding with it ("Resource entry
 * ic_launcher is already defined"), and the manifest's {@code android:icon} and
 * {@code android:roundIcon} name them.
 */
public final class AndroidSet {
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

  /** The resources' folder inside the set's, as in a module's {@code src/main/}. */
  public static final String RES = "res/";

  /** The adaptive icons' folder (API 26+), as Android Studio's template has it. */
  public static final String ANYDPI = RES + "mipmap-anydpi-v26/";

  /** The legacy launcher icon's side. */
  public static final int LAUNCHER_DP = 48;

  /** An adaptive layer's side; the launcher shows the inner 72 dp, masked. */
  public static final int LAYER_DP = 108;

  /** What a launcher shows of a layer: the centre 72 dp, under its mask. */
  public static final int VIEWPORT_DP = 72;

  /**
   * The adaptive icon's safe zone: a circle of 66 dp diameter in the centre, which every mask
   * leaves whole (Android, "Adaptive icons"). Its corners are not safe: a circular mask cuts a
   * square's corners from 33 dp out.
   */
  public static final int SAFE_DP = 66;

  /** The Play Store icon's side, in pixels. */
  public static final int PLAY_STORE = 512;

  private AndroidSet() {}

  /** The resource name: {@code ic_logo} unless the set says otherwise. */
  public static String resource(Target.IconSet set) {
    return set.options().resourceOrDefault();
  }

  /** {@code res/mipmap-anydpi-v26/ic_logo.xml} and the round icon's. */
  public static String xml(Target.IconSet set, boolean round) {
    return ANYDPI + resource(set) + (round ? "_round" : "") + ".xml";
  }

  /** {@code ic_logo-playstore.png}, beside {@code res/} as Android Studio writes it. */
  public static String playStore(Target.IconSet set) {
    return resource(set) + "-playstore.png";
  }

  /** A layer's circle: the safe zone's radius over the layer's side, less a pixel for edges. */
  private static double circle(int side, double radiusPx) {
    return (radiusPx - 1) / side;
  }

  static List<Target.SetFile> files(Target.IconSet set) {
    List<Target.SetFile> out = new ArrayList<>();
    String r = resource(set);
    int bg = set.background();
    for (Density d : Density.values()) {
      String folder = RES + d.folder() + "/";
      int legacy = d.px(LAUNCHER_DP);
      int layer = d.px(LAYER_DP);
      double safe = d.px(SAFE_DP) / 2.0;
      out.add(new Target.SetFile(set, folder + r + ".png",
          IconSets.square(legacy, set.padding(), bg), Target.SetFile.Kind.MASTER));
      double roundRadius = legacy / 2.0 - set.padding().pixels(legacy);
      out.add(new Target.SetFile(set, folder + r + "_round.png",
          IconSets.square(legacy, Target.Padding.NONE, bg), Target.SetFile.Kind.ROUND,
          circle(legacy, roundRadius)));
      out.add(new Target.SetFile(set, folder + r + "_foreground.png",
          IconSets.square(layer, Target.Padding.NONE, 0), Target.SetFile.Kind.MASTER,
          circle(layer, safe)));
      out.add(new Target.SetFile(set, folder + r + "_background.png",
          IconSets.square(layer, Target.Padding.NONE, bg), Target.SetFile.Kind.FILL));
      out.add(new Target.SetFile(set, folder + r + "_monochrome.png",
          IconSets.square(layer, Target.Padding.NONE, 0), Target.SetFile.Kind.SILHOUETTE,
          circle(layer, safe)));
    }
    out.add(new Target.SetFile(set, xml(set, false), null, Target.SetFile.Kind.TEXT));
    out.add(new Target.SetFile(set, xml(set, true), null, Target.SetFile.Kind.TEXT));
    // The launcher's view at 512 px, full bleed: Play masks it (rounded corners) itself.
    out.add(new Target.SetFile(set, playStore(set),
        IconSets.square(PLAY_STORE, Target.Padding.NONE, bg), Target.SetFile.Kind.OPAQUE_RGBA,
        circle(PLAY_STORE, PLAY_STORE * SAFE_DP / 2.0 / VIEWPORT_DP)));
    return out;
  }
}
