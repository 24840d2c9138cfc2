package org.logokit.plan;

/** A master's own size in CSS pixels (96 per inch), as its root element declares it. */
public record IntrinsicSize(double width, double height) {
  public IntrinsicSize {
    if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
      throw new IllegalArgumentException("intrinsic size must be positive: " + width + "x"
          + height);
    }
  }

  public double longestSide() {
    return Math.max(width, height);
  }
}
