package org.logokit.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as logokit shows them to people: a DPI, a size in points or pixels. */
public final class Decimals {
  private Decimals() {}

  /**
   * At most two decimals, without trailing zeros: {@code 96}, {@code 7.68}, {@code 37.5},
   * {@code 71.98}. The same number is written the same way in every message and page.
   */
  public static String shown(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
