package org.logokit.screen;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.plan.IntrinsicSize;

/**
 * Reads a master's own size from its root {@code width}, {@code height} and {@code viewBox}.
 *
 * <p>Batik falls back to a 400x400 viewport when width or height is missing and then ignores the
 * viewBox's shape, so the size is worked out here and handed to the renderer whole:
 *
 * <ul>
 *   <li>both width and height with absolute units (px, pt, pc, mm, cm, in, or none = px): those;
 *   <li>one of them: the other from the viewBox's aspect ratio;
 *   <li>neither (or only percentages): the viewBox's own size;
 *   <li>nothing usable: an error.
 * </ul>
 */
public final class IntrinsicSizes {
  private static final Pattern LENGTH =
      Pattern.compile("\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Z%]*)\\s*");

  private IntrinsicSizes() {}

  public static IntrinsicSize of(String width, String height, String viewBox)
      throws SvgException {
    Double w = length("width", width);
    Double h = length("height", height);
    double[] vb = viewBox(viewBox);
    if (w != null && h != null) {
      return new IntrinsicSize(w, h);
    }
    if (vb == null) {
      String missing = w == null && h == null ? "width and height" : w == null ? "width"
          : "height";
      throw new SvgException("no usable size: the root <svg> has no " + missing
          + " in absolute units and no viewBox");
    }
    if (w != null) {
      return new IntrinsicSize(w, w * vb[3] / vb[2]);
    }
    if (h != null) {
      return new IntrinsicSize(h * vb[2] / vb[3], h);
    }
    return new IntrinsicSize(vb[2], vb[3]);
  }

  /** An absolute length in px, {@code null} when absent or relative (%, em, ex). */
  static Double length(String attr, String value) throws SvgException {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = LENGTH.matcher(value);
    if (!m.matches()) {
      throw new SvgException("root " + attr + "=\"" + value + "\" is not a length");
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    double px = switch (unit) {
      case "", "px" -> n;
      case "pt" -> n * 96 / 72;
      case "pc" -> n * 16;
      case "in" -> n * 96;
      case "cm" -> n * 96 / 2.54;
      case "mm" -> n * 96 / 25.4;
      case "%", "em", "ex" -> Double.NaN;
      default -> throw new SvgException("root " + attr + "=\"" + value + "\" has an unknown unit '"
          + unit + "'");
    };
    if (Double.isNaN(px)) {
      return null;
    }
    if (!(px > 0) || Double.isInfinite(px)) {
      throw new SvgException("root " + attr + "=\"" + value + "\" must be positive and finite");
    }
    return px;
  }

  /** x, y, width, height of the viewBox, {@code null} when absent. */
  static double[] viewBox(String value) throws SvgException {
    if (value == null || value.isBlank()) {
      return null;
    }
    String[] parts = value.trim().split("[\\s,]+");
    double[] vb = new double[4];
    try {
      if (parts.length != 4) {
        throw new NumberFormatException();
      }
      for (int i = 0; i < 4; i++) {
        vb[i] = Double.parseDouble(parts[i]);
      }
    } catch (NumberFormatException e) {
      throw new SvgException("viewBox=\"" + value + "\" is not four numbers");
    }
    if (!(vb[2] > 0 && vb[3] > 0) || Double.isInfinite(vb[2]) || Double.isInfinite(vb[3])) {
      throw new SvgException("viewBox=\"" + value + "\" must have a positive width and height");
    }
    return vb;
  }
}
