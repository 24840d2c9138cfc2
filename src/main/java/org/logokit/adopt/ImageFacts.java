package org.logokit.adopt;

import org.logokit.format.Facts;
import org.logokit.format.Format;
import org.logokit.format.ImageFiles;
import org.logokit.format.png.PngHeader;
import org.logokit.verify.Verifier;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.logokit.plan.OutputJob;
import org.logokit.write.OutputFolder;

/**
 * What an image file in a folder says of itself, without decoding its pixels: format, size,
 * resolution and (for icons) entry sizes. A PNG is read from its first bytes only; an icon or
 * TIFF is read whole, within {@link Verifier#MAX_FILE_BYTES}. For {@code import} and
 * {@code compare}, which look at folders logokit did not make.
 *
 * @param format {@code png}, {@code ico}, {@code icns} or {@code tiff}
 * @param pixelsPerMeter pHYs (or the TIFF's resolution in pixels per metre), -1 when absent
 * @param squarePixels false when a PNG's pHYs gives x and y different resolutions
 * @param entries an icon's entry sizes ({@code 16x16}), file order; empty for other formats
 */
public record ImageFacts(String format, int width, int height, int pixelsPerMeter,
    boolean squarePixels, List<String> entries) {
  /** Enough for the signature, IHDR and the small chunks that come before the image data. */
  static final int PNG_HEAD = 1 << 16;

  /** The format a file name's extension says, or {@code null} when it is not an image logokit makes. */
  public static String formatOf(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (ext) {
      case "png", "ico", "icns" -> ext;
      case "tif", "tiff" -> "tiff";
      default -> null;
    };
  }

  /** The resolution in DPI, NaN when there is none. */
  public double dpi() {
    return pixelsPerMeter < 0 ? Double.NaN : pixelsPerMeter * 0.0254;
  }

  /**
   * @throws IOException with a short reason when the file cannot be read or is not the image
   *     its name says
   */
  public static ImageFacts read(OutputFolder folder, String rel) throws IOException {
    String format = formatOf(rel);
    if ("png".equals(format)) {
      PngHeader h = PngHeader.parse(folder.head(rel, PNG_HEAD));
      if (h == null) {
        throw new IOException("not a PNG file");
      }
      // A PNG's four-byte numbers are at most 2^31 - 1: more is a broken or hostile file, not
      // a size to plan nor a missing pHYs.
      if (h.width() <= 0 || h.height() <= 0) {
        throw new IOException("invalid IHDR: its size " + Integer.toUnsignedString(h.width())
            + "x" + Integer.toUnsignedString(h.height()) + " is not a PNG's (1 to "
            + Integer.MAX_VALUE + " pixels a side)");
      }
      if (h.pixelsPerMeterX() > Integer.MAX_VALUE || h.pixelsPerMeterY() > Integer.MAX_VALUE) {
        throw new IOException("invalid pHYs: " + h.pixelsPerMeterX() + "x"
            + h.pixelsPerMeterY() + " px/m, over " + Integer.MAX_VALUE + ", the most a PNG "
            + "value may be");
      }
      return new ImageFacts(format, h.width(), h.height(), (int) h.pixelsPerMeterX(),
          h.pixelsPerMeterX() == h.pixelsPerMeterY(), List.of());
    }
    if (format == null) {
      throw new IOException("not an image logokit makes (png, ico, icns, tiff)");
    }
    byte[] bytes = folder.read(rel, Verifier.MAX_FILE_BYTES);
    Facts facts = Format.of(format).codec().facts(bytes);
    int ppm = Double.isNaN(facts.dpi()) ? -1 : OutputJob.pixelsPerMeter(facts.dpi());
    return new ImageFacts(format, facts.width(), facts.height(), ppm, true, facts.entries());
  }
}
