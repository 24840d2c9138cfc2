package org.logokit.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.verify.ImageComparison;
import org.logokit.format.ImageFiles;
import org.logokit.format.png.PngChunks;
import org.logokit.format.png.PngHeader;

/**
 * Whether a committed contact sheet is the one this logokit makes but for how its previews were
 * encoded: the sheet embeds each preview as a PNG, so another build's deflater gives other
 * bytes for the same page. Every byte outside the previews must be equal, and each preview must
 * be a PNG laid out as logokit writes one ({@link PngChunks}), of the same size and pHYs, with
 * the same pixels. Anything else is a sheet logokit did not make.
 */
final class SheetComparison {
  /** A preview's base64: a 96 px RGBA PNG is a few tens of kilobytes at most. */
  private static final Pattern PREVIEW =
      Pattern.compile("data:image/png;base64,([A-Za-z0-9+/]{1,1000000}={0,2})");

  private SheetComparison() {}

  /** @param expected the sheet this logokit makes; {@code found} the committed one */
  static boolean sameButPreviewEncoding(byte[] expected, byte[] found) {
    // One char per byte: the comparison outside the previews stays byte for byte.
    String a = new String(expected, StandardCharsets.ISO_8859_1);
    String b = new String(found, StandardCharsets.ISO_8859_1);
    Matcher ma = PREVIEW.matcher(a);
    Matcher mb = PREVIEW.matcher(b);
    int ia = 0;
    int ib = 0;
    while (true) {
      boolean fa = ma.find();
      if (fa != mb.find()) {
        return false;
      }
      if (!fa) {
        return a.substring(ia).equals(b.substring(ib));
      }
      if (!a.substring(ia, ma.start()).equals(b.substring(ib, mb.start()))
          || !samePreview(ma.group(1), mb.group(1))) {
        return false;
      }
      ia = ma.end();
      ib = mb.end();
    }
  }

  private static boolean samePreview(String expected, String found) {
    if (expected.equals(found)) {
      return true;
    }
    try {
      byte[] ours = Base64.getDecoder().decode(expected);
      byte[] theirs = Base64.getDecoder().decode(found);
      PngHeader h = PngHeader.parse(ours);
      if (PngChunks.problem(theirs) != null || h == null
          || !Objects.equals(h, PngHeader.parse(theirs))) {
        return false; // decoded only once its header claims the same small size
      }
      List<BufferedImage> a = List.of(ImageFiles.decode(ours));
      List<BufferedImage> b = List.of(ImageFiles.decode(theirs));
      return ImageComparison.ofAll(a, b).max() == 0;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
