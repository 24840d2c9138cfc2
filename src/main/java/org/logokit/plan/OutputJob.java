package org.logokit.plan;

import org.logokit.format.Format;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;

/**
 * One file to make.
 *
 * @param master the master's file name, relative to the assets folder
 * @param target the target it comes from
 * @param scheme the colour scheme it is rendered in
 * @param path relative to the output folder, with '/'
 * @param width pixels
 * @param height pixels
 * @param dpi the resolution written to the PNG's pHYs
 * @param content where the master goes on the canvas; {@code null} for an icon, whose entries
 *     each fit the master into their own square
 */
public record OutputJob(String master, Target target, Scheme scheme, String path, int width,
    int height, double dpi, ContentBox content) {

  /** The file's format. */
  public Format format() {
    return target.format();
  }

  /** pHYs pixels per metre, rounded as Inkscape 1.x and Illustrator write it: 96 DPI is 3780. */
  public int pixelsPerMeter() {
    return pixelsPerMeter(dpi);
  }

  public static int pixelsPerMeter(double dpi) {
    return org.logokit.format.png.PngCodec.pixelsPerMeter(dpi);
  }
}
