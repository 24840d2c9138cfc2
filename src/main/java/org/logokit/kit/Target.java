package org.logokit.kit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One output size of a master, written in the config as {@code own}, {@code 300dpi} or
 * {@code 64px}.
 *
 * <ul>
 *   <li>{@link OwnSize}: the master's intrinsic size, 96 DPI.
 *   <li>{@link Dpi}: the intrinsic size scaled by dpi/96, tagged with that DPI.
 *   <li>{@link Pixels}: the longest side set to N, aspect kept; tagged so that the master's
 *       physical size is kept (96 x N / longest side), as the XMPP kit's files are.
 * </ul>
 */
public sealed interface Target {
  /** Larger targets are a typo or an attack; 32768 px is already a 4 GiB raster. */
  int MAX_PIXELS = 32768;

  int MAX_DPI = 9600;

  /** The file-name suffix the default naming gives this target. */
  String suffix();

  @JsonValue
  String spec();

  record OwnSize() implements Target {
    @Override
    public String suffix() {
      return "";
    }

    @Override
    public String spec() {
      return "own";
    }
  }

  record Dpi(int dpi) implements Target {
    @Override
    public String suffix() {
      return "-" + dpi + "dpi";
    }

    @Override
    public String spec() {
      return dpi + "dpi";
    }
  }

  record Pixels(int pixels) implements Target {
    @Override
    public String suffix() {
      return "-" + pixels + "px";
    }

    @Override
    public String spec() {
      return pixels + "px";
    }
  }

  Pattern SPEC = Pattern.compile("(\\d{1,6})(px|dpi)");

  /**
   * Parses {@code own}, {@code <N>dpi} or {@code <N>px}.
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  @JsonCreator
  static Target parse(String spec) {
    String s = spec == null ? "" : spec.trim();
    if (s.equals("own")) {
      return new OwnSize();
    }
    Matcher m = SPEC.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + spec + "' is not a target: write own, <N>dpi (e.g. 300dpi) or <N>px (e.g. 64px)");
    }
    int n = Integer.parseInt(m.group(1));
    boolean px = m.group(2).equals("px");
    int max = px ? MAX_PIXELS : MAX_DPI;
    if (n < 1 || n > max) {
      throw new IllegalArgumentException(
          "'" + spec + "' is out of range: " + m.group(2) + " must be 1 to " + max);
    }
    return px ? new Pixels(n) : new Dpi(n);
  }
}
