package org.logokit.render;

import org.apache.batik.css.engine.CSSEngine;
import org.apache.batik.css.engine.value.AbstractValueManager;
import org.apache.batik.css.engine.value.StringValue;
import org.apache.batik.css.engine.value.Value;
import org.apache.batik.css.engine.value.ValueConstants;
import org.apache.batik.util.SVGTypes;
import org.w3c.css.sac.LexicalUnit;
import org.w3c.dom.css.CSSPrimitiveValue;

/**
 * A CSS property Batik does not know, taught to its CSS engine so that it cascades as any other
 * (style attributes, presentation attributes, style sheets, classes) and its computed value can
 * be read: {@code mix-blend-mode}, {@code isolation}, {@code paint-order}, {@code
 * vector-effect}. Any keywords are taken, lower-cased and joined by a space: a value logokit
 * cannot draw is a warning, never a master that fails to load.
 */
final class KeywordProperty extends AbstractValueManager {
  /** CSS-wide keywords that Batik's CSS 2 engine does not know. */
  private static final java.util.Set<String> RESETS = java.util.Set.of("initial", "unset",
      "revert", "revert-layer");

  static final int MAX_LENGTH = 100;

  private final String name;
  private final Value initial;

  KeywordProperty(String name, String initial) {
    this.name = name;
    this.initial = new StringValue(CSSPrimitiveValue.CSS_IDENT, initial);
  }

  @Override
  public String getPropertyName() {
    return name;
  }

  @Override
  public boolean isInheritedProperty() {
    return false; // none of them is inherited
  }

  @Override
  public boolean isAnimatableProperty() {
    return false;
  }

  @Override
  public boolean isAdditiveProperty() {
    return false;
  }

  @Override
  public int getPropertyType() {
    return SVGTypes.TYPE_IDENT;
  }

  @Override
  public Value getDefaultValue() {
    return initial;
  }

  @Override
  public Value createValue(LexicalUnit lu, CSSEngine engine) {
    if (lu.getLexicalUnitType() == LexicalUnit.SAC_INHERIT) {
      return ValueConstants.INHERIT_VALUE;
    }
    if (lu.getNextLexicalUnit() == null && lu.getLexicalUnitType() == LexicalUnit.SAC_IDENT
        && RESETS.contains(lu.getStringValue().toLowerCase(java.util.Locale.ROOT))) {
      return initial; // none of these properties is inherited: each keyword means the initial
    }
    StringBuilder sb = new StringBuilder();
    for (LexicalUnit u = lu; u != null && sb.length() < MAX_LENGTH; u = u.getNextLexicalUnit()) {
      sb.append(sb.length() == 0 ? "" : " ").append(u.getLexicalUnitType()
          == LexicalUnit.SAC_IDENT ? u.getStringValue().toLowerCase(java.util.Locale.ROOT)
          : "?");
    }
    return ident(sb.toString());
  }

  @Override
  public Value createStringValue(short type, String value, CSSEngine engine) {
    return ident(value.toLowerCase(java.util.Locale.ROOT));
  }

  /** At most {@link #MAX_LENGTH} characters: a value is a keyword or two, never a payload. */
  private static Value ident(String value) {
    return new StringValue(CSSPrimitiveValue.CSS_IDENT, value.length() > MAX_LENGTH
        ? value.substring(0, MAX_LENGTH) : value);
  }
}
