package org.logokit.screen;

/**
 * Bounds on filter parameters whose cost grows without limit: Batik pads and loops by them, so
 * one number in a small file can exhaust memory or time at any output size. The bounds are far
 * above what any logo uses.
 */
final class FilterBounds {
  static final double MAX_MORPHOLOGY_RADIUS = 500;
  static final double MAX_OCTAVES = 24;
  static final double MAX_KERNEL_ORDER = 32;
  static final double MAX_FILTER_RES = 4096;

  private FilterBounds() {}

  static void check(String element, String attribute, String value)
      throws SvgScreen.Refused {
    double bound = switch (element + "@" + attribute) {
      case "feMorphology@radius" -> MAX_MORPHOLOGY_RADIUS;
      case "feTurbulence@numOctaves" -> MAX_OCTAVES;
      case "feConvolveMatrix@order" -> MAX_KERNEL_ORDER;
      case "filter@filterRes" -> MAX_FILTER_RES;
      default -> Double.NaN;
    };
    if (Double.isNaN(bound)) {
      return;
    }
    for (String n : value.strip().split("[\\s,]+")) {
      double v;
      try {
        v = Double.parseDouble(n);
      } catch (NumberFormatException e) {
        continue; // Batik reports malformed numbers itself
      }
      if (!(Math.abs(v) <= bound)) {
        throw new SvgScreen.Refused("<" + element + "> " + attribute + "=\"" + value
            + "\" is over the bound of " + (long) bound);
      }
    }
  }
}
