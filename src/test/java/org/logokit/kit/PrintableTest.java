package org.logokit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void controlCharactersBecomeHexEscapes() {
    assertEquals("a\\x0aerror: b\\x1b[2J\\x7f\\x85\\x9fé\u00a0",
        Printable.escape("a\nerror: b\u001b[2J\u007f\u0085\u009fé\u00a0"));
  }

  @Test
  void plainTextIsLeftAlone() {
    String s = "Comfortaa Regular, ü";
    assertSame(s, Printable.escape(s));
  }
}
