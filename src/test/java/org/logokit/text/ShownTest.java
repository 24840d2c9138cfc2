package org.logokit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShownTest {
  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("logo_(café).svg", "logo_(café).svg"),
        Arguments.of("a\nb", "a\\x0ab"),
        Arguments.of("a\rb\tc", "a\\x0db\\x09c"),
        Arguments.of("::add-mask::x", ":\\x3aadd-mask:\\x3ax"),
        Arguments.of("a:::b", "a:\\x3a\\x3ab"),
        Arguments.of("##[warning]x", "#\\x23[warning]x"),
        Arguments.of("## heading", "## heading"),
        Arguments.of("x\u202ey", "x\\u{202e}y"),
        Arguments.of("x\u0085y", "x\\x85y"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesWhatCouldSplitALineOrFormACommand(String in, String shown) {
    assertEquals(shown, Shown.of(in));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xmpp_logo_(black_text)", "-appicon", "logo-2x", "Ünïcode"})
  void plainNamesPass(String name) {
    assertNull(PathRules.nameProblem(name), name);
    assertTrue(Shown.isPlain(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", ".hidden", "a/b", "a\\b", "{suffix}", "a:b", "a\nb",
      " a", "a\u202e", "a?", "a*", "a|b", "a\"b", "a<b"})
  void unsafeNamesFail(String name) {
    assertFalse(PathRules.nameProblem(name) == null, name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x.png", "/abs.png", "a//b.png", "a/./b.png", "a/.x/b.png",
      "C:/x.png", "a\\b.png", "a/b/", "a\u0000.png", "a:b.png"})
  void unsafeOutputPathsFail(String path) {
    assertFalse(PathRules.relativePathProblem(path, true) == null, path);
  }

  @ParameterizedTest
  @CsvSource({"Logo.PNG,logo.png", "e\u0301.png,\u00e9.png"})
  void pathsThatAreOneFileElsewhereCollide(String a, String b) {
    assertEquals(PathRules.collisionKey(a), PathRules.collisionKey(b));
  }
}
