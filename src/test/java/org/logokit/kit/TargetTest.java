package org.logokit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {
  @ParameterizedTest
  @CsvSource({"own,own,''", "300dpi,300dpi,-300dpi", "300dpi-pt,300dpi-pt,-300dpi-pt", "16px,16px,-16px", " 64px ,64px,-64px"})
  void parsesTheThreeForms(String spec, String canonical, String suffix) {
    Target t = Target.parse(spec);
    assertEquals(canonical, t.spec());
    assertEquals(suffix, t.suffix());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "64", "64 px", "-5px", "0px", "1.5px", "300DPI", "big", "40000px",
      "9601dpi", "300pt", "300dpi-px", "0dpi-pt"})
  void rejectsAnythingElseWithAReadableMessage(String spec) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.parse(spec));
    assertTrue(e.getMessage().contains("'" + spec + "'"), e.getMessage());
  }
}
