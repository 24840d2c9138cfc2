package org.logokit.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/** Facts about this build of logokit, from {@code logokit.properties} (filtered by Maven). */
public final class BuildInfo {
  private static final Properties PROPS = load();

  private BuildInfo() {}

  /** logokit's version, e.g. {@code 0.1.0}. */
  public static String version() {
    return PROPS.getProperty("version", "dev");
  }

  /**
   * What decides the pixels and bytes of an output besides its master and target: logokit's
   * rendering rules and the renderer and encoder versions. Outputs made under another render
   * version are stale.
   */
  public static String renderVersion() {
    return PROPS.getProperty("renderVersion", "dev");
  }

  /**
   * The anti-aliasing this build renders with: Java2D's Marlin rasteriser properties
   * ({@code sun.java2d.renderer.subPixel_log2_X} and {@code _Y}) and their values.
   */
  public static Map<String, String> antialiasing() {
    return Map.of(
        "sun.java2d.renderer.subPixel_log2_X", PROPS.getProperty("marlinSubPixelLog2X", "8"),
        "sun.java2d.renderer.subPixel_log2_Y", PROPS.getProperty("marlinSubPixelLog2Y", "3"));
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/logokit.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Without it the version reads "dev"; nothing else depends on it.
    }
    return p;
  }
}
