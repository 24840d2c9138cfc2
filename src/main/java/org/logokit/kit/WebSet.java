package org.logokit.kit;

import java.util.List;

/**
 * The web's icons, as a site's {@code <head>} and web app manifest want them: a favicon for
 * old browsers and tabs, the SVG for the rest, Apple's touch icon, the manifest's icons with a
 * maskable one, the manifest itself and the {@code <link>} tags to paste.
 */
public final class WebSet {
  public static final String FAVICON = "favicon.ico";
  public static final String SVG = "icon.svg";
  public static final String APPLE_TOUCH = "apple-touch-icon.png";
  public static final String ICON_192 = "icon-192.png";
  public static final String ICON_512 = "icon-512.png";
  public static final String MASKABLE = "icon-maskable-512.png";
  public static final String MANIFEST = "manifest.webmanifest";
  public static final String HEAD = "head.html";

  /** A favicon's sizes: tabs and bookmarks at 1x, 2x and Windows' 48 px. */
  static final List<Integer> FAVICON_SIZES = List.of(16, 32, 48);

  /** The maskable icon's side. */
  public static final int MASKABLE_SIDE = 512;

  /**
   * A maskable icon's content fits in the centre circle of 40% radius (the W3C's safe zone).
   * logokit fits what the master draws, not its box, into that circle, less a pixel for the
   * anti-aliased edge: a round mark fills it, a square one reaches its corners to it.
   */
  public static final double MASKABLE_CIRCLE = (0.4 * MASKABLE_SIDE - 1) / MASKABLE_SIDE;

  private WebSet() {}

  static List<Target.SetFile> files(Target.IconSet set) {
    int bg = set.background();
    return List.of(
        new Target.SetFile(set, FAVICON, new Target.Icon("ico", FAVICON_SIZES),
            Target.SetFile.Kind.MASTER),
        new Target.SetFile(set, SVG, new Target.Copy(), Target.SetFile.Kind.MASTER),
        new Target.SetFile(set, APPLE_TOUCH, IconSets.square(180, set.padding(), bg),
            Target.SetFile.Kind.OPAQUE),
        new Target.SetFile(set, ICON_192, IconSets.square(192, Target.Padding.NONE, 0),
            Target.SetFile.Kind.MASTER),
        new Target.SetFile(set, ICON_512, IconSets.square(512, Target.Padding.NONE, 0),
            Target.SetFile.Kind.MASTER),
        new Target.SetFile(set, MASKABLE, IconSets.square(MASKABLE_SIDE, Target.Padding.NONE,
            bg), Target.SetFile.Kind.OPAQUE, MASKABLE_CIRCLE),
        new Target.SetFile(set, MANIFEST, null, Target.SetFile.Kind.TEXT),
        new Target.SetFile(set, HEAD, null, Target.SetFile.Kind.TEXT));
  }
}
