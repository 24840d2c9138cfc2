package org.logokit.pipeline;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.format.Format;
import org.logokit.kit.Kit;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.render.Phases;
import org.logokit.screen.SvgException;

/**
 * One SVG to one file in memory ({@code logokit convert}): the same read, screen, budgets,
 * painting and encoders as a kit render, for a kit of one master and one target, with no
 * manifest.
 *
 * <pre>{@code
 * byte[] png = Converter.convert(Path.of("logo.svg"), new Target.Pixels(256), Format.PNG,
 *     Scheme.LIGHT, 0, Limits.DEFAULT);
 * }</pre>
 */
public final class Converter {
  private Converter() {}

  /**
   * The format a file name asks for: {@code .png}, {@code .ico}, {@code .icns}, {@code .tif(f)}.
   *
   * @throws IllegalArgumentException for any other
   */
  public static Format formatOf(String fileName) {
    String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    Format f = Format.of(ext.equals("tif") ? "tiff" : ext);
    if (f == null || !f.hasPixels()) {
      throw new IllegalArgumentException("'." + ext + "' is not an output format: use .png, "
          + ".ico, .icns or .tiff");
    }
    return f;
  }

  /**
   * The size {@code convert} is given: one of a width, a height, a longest side (each in
   * pixels, in a config's range for pixel sizes) or a DPI; the others {@code null}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  public static Target target(Integer width, Integer height, Integer size, Integer dpi) {
    if (dpi != null) {
      return Target.parse(dpi + "dpi");
    }
    int n = width != null ? width : height != null ? height : size;
    Target checked = Target.parse(n + "px"); // the same range as a config's pixel sizes
    return width != null ? new Target.Width(n) : height != null ? new Target.Height(n)
        : checked;
  }

  /**
   * @param svg the master; read only as a regular file inside its own folder
   * @param size own, a DPI, a pixel size, a width or a height (only own for ICO and ICNS,
   *     whose entries have their own sizes)
   * @param background ARGB behind the logo, 0 for transparent
   * @throws SvgException with a one-line reason when the master cannot be rendered
   */
  public static byte[] convert(Path svg, Target size, Format format, Scheme scheme,
      int background, Limits limits) throws SvgException, InterruptedException {
    if ((format == Format.ICO || format == Format.ICNS) && !(size instanceof Target.OwnSize)) {
      throw new IllegalArgumentException("." + format.name().toLowerCase(Locale.ROOT)
          + " has entries of fixed sizes: leave out --width, --height, --size and --dpi");
    }
    Path abs = svg.toAbsolutePath();
    String file = abs.getFileName().toString();
    Target target = switch (format) {
      case ICO -> Target.Icon.ICO;
      case ICNS -> Target.Icon.ICNS;
      case TIFF -> {
        if (background != 0) {
          throw new IllegalArgumentException("--background works with .png output");
        }
        yield new Target.Tiff(size);
      }
      case PNG -> placed(size, background);
      default -> throw new IllegalArgumentException(format + " is not written from a master");
    };
    MasterSpec master = new MasterSpec(file, "converted", List.of(target), List.of(scheme), 0);
    Kit kit = new Kit(null, "{name}{suffix}.png", List.of(master), limits);
    Map<Scheme, List<Target>> todo = new EnumMap<>(Scheme.class);
    todo.put(scheme, List.of(target));
    return Rasterizer.rasterize(kit, master, todo, abs.getParent(), new Phases(),
        FontPolicy.NONE, w -> { }, Runnable::run).outputs().get(0).bytes();
  }

  /** A size over a background is a placement on a canvas of that size. */
  private static Target placed(Target size, int background) {
    return background == 0 ? size
        : new Target.Placed(size, null, Target.Padding.NONE, background, "-bg");
  }
}
