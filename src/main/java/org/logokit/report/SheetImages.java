package org.logokit.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Base64;
import org.logokit.format.png.PngEncoder;
import org.logokit.manifest.ManifestEntry;
import org.logokit.text.Sha256;
import org.logokit.format.ImageFiles;
import org.logokit.format.ImageLayout;
import org.logokit.verify.Verifier;
import org.logokit.write.OutputFolder;

/**
 * What the contact sheet takes from the files themselves rather than the manifest: previews of
 * the formats browsers cannot show (TIFF, ICNS) and whether a logo is light artwork that needs a
 * dark background. Only a file whose bytes are the ones its manifest entry records is read, so
 * the sheet stays a function of the manifest; any other file gets no preview.
 */
final class SheetImages {
  /** Largest side of a preview, in pixels: the size the sheet shows it at. */
  static final int PREVIEW = ContactSheet.CAP;

  private final OutputFolder out;

  /** @param out the output folder, or {@code null} to read nothing (no previews) */
  SheetImages(OutputFolder out) {
    this.out = out;
  }

  /** Whether browsers show the format, so the file itself can be the {@code img}. */
  static boolean browserShows(ManifestEntry e) {
    return e.format().equals("png") || e.format().equals("ico") || e.format().equals("svg");
  }

  /**
   * A {@code data:image/png;base64,} preview at most {@value #PREVIEW} px on its longest side:
   * an icon's largest entry that fits, or the image scaled down. Embedded rather than written
   * beside the outputs: a few kilobytes each, and nothing new appears in the output folder for
   * {@code verify} to account for or for render to keep in step.
   *
   * @return {@code null} when the file is not intact or not decodable
   */
  String previewUri(ManifestEntry e) {
    byte[] bytes = intact(e);
    if (bytes == null) {
      return null;
    }
    try {
      BufferedImage best = ImageFiles.decodePreview(bytes, PREVIEW);
      byte[] png = PngEncoder.encode(Thumbnail.fit(best, PREVIEW), 3780);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    } catch (IOException | RuntimeException ex) {
      return null; // shown without a preview; verify reports what is wrong with the file
    }
  }

  /**
   * Whether the image has light artwork (white text, a white mark) that vanishes on white: over
   * 15% of its visible pixels, weighted by their alpha, have a luminance over 0.85. On the XMPP
   * kit that is 26% for the logo with white text, 100% for the white logos, and 0% for the rest.
   */
  boolean isLightArtwork(ManifestEntry e) {
    BufferedImage img = sample(e);
    if (img == null) {
      return false;
    }
    double alpha = 0;
    double white = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        int a = p >>> 24;
        alpha += a;
        if (0.2126 * ((p >>> 16) & 255) + 0.7152 * ((p >>> 8) & 255) + 0.0722 * (p & 255)
            > 0.85 * 255) {
          white += a;
        }
      }
    }
    return alpha > 0 && white / alpha > 0.15;
  }

  private static int side(BufferedImage img) {
    return Math.max(img.getWidth(), img.getHeight());
  }

  /** The file's bytes when it is the one the manifest records, else {@code null}. */
  private byte[] intact(ManifestEntry e) {
    if (out == null || e.bytes() > Verifier.MAX_FILE_BYTES || !out.isFile(e.path())) {
      return null;
    }
    try {
      byte[] bytes = out.read(e.path(), Verifier.MAX_FILE_BYTES);
      return Sha256.hex(bytes).equals(e.sha256()) ? bytes : null;
    } catch (IOException ex) {
      return null;
    }
  }

  /**
   * The image to sample, whole up to {@value #SAMPLED} px a side; a larger one read with
   * subsampling, so that a pull request's 8192 x 8192 PNG under a forged record costs a
   * fraction of decoding it (the sheet is remade by every check).
   */
  private BufferedImage sample(ManifestEntry e) {
    byte[] bytes = intact(e);
    if (bytes == null) {
      return null;
    }
    try {
      ImageLayout.Image first = ImageLayout.of(bytes).images().get(0);
      return Math.max(first.width(), first.height()) <= SAMPLED
          ? ImageFiles.decodeAll(bytes).get(0) : ImageFiles.decodePreview(bytes, SAMPLED / 2);
    } catch (IOException | RuntimeException ex) {
      return null; // shown without a preview; verify reports what is wrong with the file
    }
  }

  /** Largest side sampled whole for light artwork: the sheet samples a PNG near 64 px. */
  private static final int SAMPLED = 1024;
}
