package org.logokit.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --sizes 16,64px,512}: pixel sizes written as the config writes them ({@code 64px}) or
 * bare ({@code 64}), refused up front when no master could be rendered that large within the
 * pixel budget, instead of failing master by master.
 */
public final class AdHocSizes {
  private AdHocSizes() {}

  public static List<Target> parse(List<String> values, Limits limits) {
    List<Target> targets = new ArrayList<>();
    for (String v : values) {
      String s = v.strip();
      Target t = Target.parse(s.matches("\\d+") ? s + "px" : s);
      if (!(t instanceof Target.Pixels p)) {
        throw new IllegalArgumentException("'" + v + "' is not a pixel size: write 64 or 64px");
      }
      long side = (long) Math.floor(Math.sqrt(limits.maxPixelsPerOutput()));
      if (p.pixels() > side) {
        throw new IllegalArgumentException("'" + v + "' is over " + side + " px, the largest "
            + "square within the pixel budget (limits.maxPixelsPerOutput)");
      }
      targets.add(t);
    }
    return targets;
  }
}
