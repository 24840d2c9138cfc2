package org.logokit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {
  @ParameterizedTest
  @CsvSource({"96, 96", "600.0, 600", "7.68, 7.68", "37.5, 37.5", "71.9836, 71.98",
      "0.0, 0", "30.70, 30.7", "2834.999, 2835", "-1.5, -1.5", "1e7, 10000000"})
  void atMostTwoDecimalsWithoutTrailingZeros(double value, String shown) {
    assertEquals(shown, Decimals.shown(value));
  }
}
