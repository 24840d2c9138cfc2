package org.logokit.kit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A colour scheme to render a master in: the branch of its
 * {@code @media (prefers-color-scheme: ...)} rules that applies. Masters without such rules look
 * the same in both.
 */
@JsonDeserialize(using = SchemeDeserializer.class)
public enum Scheme {
  LIGHT(""),
  DARK("-dark");

  private final String suffix;

  Scheme(String suffix) {
    this.suffix = suffix;
  }

  /** What {@code {scheme}} in the naming template becomes: nothing for light, {@code -dark}. */
  public String suffix() {
    return suffix;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A scheme by its id, as the config and the command line write it. */
  public static Scheme parse(String s) {
    for (Scheme scheme : values()) {
      if (scheme.id().equals(s)) {
        return scheme;
      }
    }
    String guess = s == null ? null : DidYouMean.closest(s, java.util.List.of("light", "dark"));
    throw new IllegalArgumentException(org.logokit.text.Shown.quoted(s)
        + " is not a scheme: write light or dark" + (guess == null ? ""
            : " (did you mean '" + guess + "'?)"));
  }
}
