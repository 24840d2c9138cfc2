package org.logokit.screen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.logokit.kit.Limits;

/**
 * Checks an embedded {@code data:} resource before Batik decodes it: an image's header must not
 * claim more pixels than one output may have, and an embedded SVG is screened like a master.
 */
final class DataUris {
  /** Screens an embedded SVG document. */
  interface SvgCheck {
    void screen(byte[] svg) throws SvgException;
  }

  private DataUris() {}

  /**
   * @param nested screens an embedded SVG, or {@code null} when embedding is already too deep
   */
  static void check(String uri, Limits limits, SvgCheck nested) throws SvgException {
    int comma = uri.indexOf(',');
    if (comma < 0) {
      throw new SvgException("a data: URI without data");
    }
    String meta = uri.substring(5, comma).toLowerCase(Locale.ROOT);
    String payload = uri.substring(comma + 1);
    if (payload.length() > limits.maxInputBytes() * 2) {
      throw new SvgException("the data is larger than the input budget");
    }
    byte[] data;
    try {
      data = meta.endsWith(";base64")
          ? Base64.getMimeDecoder().decode(payload)
          : URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8)
              .getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new SvgException("the data cannot be decoded: " + e.getMessage());
    }
    String type = meta.split(";", 2)[0].strip();
    if (type.equals("image/svg+xml")) {
      if (nested == null) {
        throw new SvgException("SVG embedded in SVG embedded in SVG is too deep");
      }
      nested.screen(data);
    } else if (type.startsWith("image/")) {
      checkImageHeader(data, limits.maxPixelsPerOutput());
    }
    // Other types (fonts, text) are never decoded as images; Batik refuses what it cannot use.
  }

  /** Reads only the header: a bomb's claimed size is refused before any pixel is allocated. */
  private static void checkImageHeader(byte[] data, long maxPixels) throws SvgException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return; // not a format ImageIO knows; Batik will refuse it too
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w * h > maxPixels) {
          throw new SvgException("an embedded image claims " + w + "x" + h
              + " pixels, over the budget of " + maxPixels);
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new SvgException("an embedded image has an unreadable header");
    }
  }
}
