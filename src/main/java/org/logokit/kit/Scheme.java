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

  /**
   * Whether a naming template can name the outputs of {@code schemes}: more than one needs
   * {@code {scheme}}, or light and dark would be one file.
   */
  public static boolean nameable(String naming, java.util.List<Scheme> schemes) {
    return schemes.size() < 2 || naming.contains("{scheme}");
  }

  /**
   * The schemes {@code render --scheme} names: {@code light}, {@code dark} or {@code both}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  public static java.util.List<Scheme> choice(String s) {
    return switch (s) {
      case "light" -> java.util.List.of(LIGHT);
      case "dark" -> java.util.List.of(DARK);
      case "both" -> java.util.List.of(LIGHT, DARK);
      default -> throw new IllegalArgumentException(org.logokit.text.Shown.quoted(s)
          + " is not light, dark or both");
    };
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
