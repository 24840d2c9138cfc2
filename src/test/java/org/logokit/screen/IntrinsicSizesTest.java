package org.logokit.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.logokit.plan.IntrinsicSize;

class IntrinsicSizesTest {
  @ParameterizedTest(name = "{0} = {1} px")
  @CsvSource({
    "200, 200", "200px, 200", "72pt, 96", "6pc, 96", "1in, 96", "2.54cm, 96", "25.4mm, 96",
    "1e2, 100", "' 50 ', 50", "0.5in, 48"
  })
  void absoluteUnitsAt96PxPerInch(String length, double px) throws SvgException {
    IntrinsicSize s = IntrinsicSizes.of(length, length, null);
    assertEquals(px, s.width(), 1e-9);
    assertEquals(px, s.height(), 1e-9);
  }

  @Test
  void widthAndHeightWinOverTheViewBox() throws SvgException {
    assertEquals(new IntrinsicSize(1200, 630), IntrinsicSizes.of("1200px", "630px",
        "0 0 200 200"));
  }

  @Test
  void oneMissingSideComesFromTheViewBoxAspect() throws SvgException {
    assertEquals(new IntrinsicSize(300, 100), IntrinsicSizes.of("300", null, "0 0 30 10"));
    assertEquals(new IntrinsicSize(30, 10), IntrinsicSizes.of(null, "10", "0,0,300,100"));
  }

  @Test
  void viewBoxAloneIsTheSize() throws SvgException {
    assertEquals(new IntrinsicSize(24, 12), IntrinsicSizes.of(null, null, "-4 -4 24 12"));
  }

  @Test
  void percentagesCountAsMissing() throws SvgException {
    assertEquals(new IntrinsicSize(200, 100), IntrinsicSizes.of("100%", "100%", "0 0 200 100"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
    "null, null, null, no usable size",
    "100%, 100%, null, no usable size",
    "0, 10, null, must be positive",
    "-5, 10, null, must be positive",
    "abc, 10, null, is not a length",
    "10furlongs, 10, null, unknown unit",
    "null, null, '0 0 0 10', positive width and height",
    "null, null, '0 0 10', not four numbers",
    "null, null, '0 0 NaN 10', positive width and height",
  })
  void unusableSizesAreRejectedWithAReason(String w, String h, String vb, String reason) {
    SvgException e = assertThrows(SvgException.class, () -> IntrinsicSizes.of(w, h, vb));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
