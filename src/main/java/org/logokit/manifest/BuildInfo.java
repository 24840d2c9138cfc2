package org.logokit.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.logokit.format.Format;

/** Facts about this build of logokit, from {@code logokit.properties} (filtered by Maven). */
public final class BuildInfo {
  private static final Properties PROPS = load();

  private BuildInfo() {}

  /** logokit's version, e.g. {@code 0.1.0}. */
  public static String version() {
    return PROPS.getProperty("version", "dev");
  }

  /**
   * What makes the pixels of a file of {@code format} (its drawing for a PDF, its text for a
   * set's text file): logokit's rules and the libraries behind them, e.g.
   * {@code raster-3+marlin-8x5+batik-1.19}. An output recorded with another renderer is stale.
   */
  public static String renderer(Format format) {
    return renderer(format, false);
  }

  /**
   * @param iconSet whether the file is an icon set's: its images are made by the set's rules
   *     ({@code sets-2}, how a master is fitted, masked or layered) as well as the raster
   *     renderer's, {@code sets-2+raster-3+...}; its text files by the set's rules alone
   */
  public static String renderer(Format format, boolean iconSet) {
    String sets = PROPS.getProperty("renderer.sets", "dev");
    return switch (format.kind()) {
      case RASTER, ICON -> (iconSet ? sets + "+" : "") + PROPS.getProperty("renderer.raster",
          "dev");
      case VECTOR -> PROPS.getProperty("renderer.pdf", "dev");
      case COPY -> PROPS.getProperty("renderer.copy", "dev");
      case TEXT -> sets;
    };
  }

  /**
   * What makes the bytes of a file of {@code format} from its pixels, in the kit's
   * {@code encoding} ({@code fast} or {@code smallest}; it matters for PNGs only), e.g.
   * {@code png-1+jlibdeflate-0.1.0}. An output recorded with another encoder has the same
   * pixels and other bytes.
   */
  public static String encoder(Format format, String encoding) {
    String key = switch (format.kind()) {
      case RASTER, ICON, VECTOR -> format.extension();
      case COPY -> "copy";
      case TEXT -> "text";
    };
    return PROPS.getProperty("encoder." + key + (format == Format.PNG ? "." + encoding : ""),
        "dev");
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
