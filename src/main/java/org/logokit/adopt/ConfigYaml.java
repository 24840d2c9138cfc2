package org.logokit.adopt;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.logokit.kit.Target;

/**
 * The kit config {@code import} writes, as YAML: every string from the folder double-quoted
 * and escaped (non-ASCII and control characters as {@code \\uXXXX}), so no name can break out
 * of its value; the most common target list as {@code targets}, and per master what differs
 * from it ({@code except}, {@code also}) or, when that is longer, its own list.
 */
final class ConfigYaml {
  private ConfigYaml() {}

  /** Targets in a stable order: own, DPIs, point DPIs, pixel sizes, placements, TIFFs, icons. */
  static final Comparator<Target> ORDER = Comparator.<Target>comparingInt(ConfigYaml::rank)
      .thenComparingInt(ConfigYaml::number).thenComparing(Target::spec);

  /**
   * @param masters master file (relative to the assets folder) to its targets, in config order
   * @param header comment lines, without {@code #}; must not contain text from the folder
   */
  static String write(String naming, Map<String, String> namingByFolder,
      Map<String, List<Target>> masters, List<String> keep, List<String> header) {
    Map<List<Target>, Integer> counts = new LinkedHashMap<>();
    masters.values().forEach(t -> counts.merge(t, 1, Integer::sum));
    List<Target> common = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(List.of());
    StringBuilder y = new StringBuilder();
    header.forEach(h -> y.append("# ").append(h).append('\n'));
    y.append("version: 1\n");
    y.append("naming: ").append(quote(naming)).append('\n');
    if (!namingByFolder.isEmpty()) {
      y.append("namingByFolder:      # the masters under these folders name their outputs so\n");
      namingByFolder.forEach((folder, n) -> y.append("  ").append(quote(folder)).append(": ")
          .append(quote(n)).append('\n'));
    }
    y.append("targets: ").append(list(common)).append('\n');
    if (!keep.isEmpty()) {
      y.append("keep:                # files here that no target makes: a person's, not "
          + "logokit's\n");
      keep.forEach(k -> y.append("  - ").append(quote(k)).append('\n'));
    }
    y.append("masters:\n");
    for (Map.Entry<String, List<Target>> m : masters.entrySet()) {
      if (m.getValue().equals(common)) {
        y.append("  - ").append(quote(m.getKey())).append('\n');
      } else {
        y.append("  - file: ").append(quote(m.getKey())).append('\n');
        List<Target> except = common.stream().filter(t -> !m.getValue().contains(t)).toList();
        List<Target> also = m.getValue().stream().filter(t -> !common.contains(t)).toList();
        if (except.size() + also.size() < m.getValue().size()) {
          // What differs from the kit's matrix, as a person would write it.
          if (!except.isEmpty()) {
            y.append("    except: ").append(list(except)).append('\n');
          }
          if (!also.isEmpty()) {
            y.append("    also: ").append(list(also)).append('\n');
          }
        } else {
          y.append("    targets: ").append(list(m.getValue())).append('\n');
        }
      }
    }
    return y.toString();
  }

  private static String list(List<Target> targets) {
    return targets.stream().map(ConfigYaml::target).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String target(Target t) {
    if (t instanceof Target.Placed p) {
      StringBuilder sb = new StringBuilder("{size: ").append(size(p.size()));
      if (p.box() != null) {
        sb.append(", box: ").append(p.box()[0]).append('x').append(p.box()[1]);
      }
      if (!p.padding().isZero()) {
        sb.append(", padding: ").append(p.padding());
      }
      return sb.append(", suffix: ").append(quote(p.suffix())).append('}').toString();
    }
    if (t instanceof Target.Pixels p && (p.dpi() > 0 || p.round() != Target.Rounding.NEAREST)) {
      return "{size: " + size(p) + "}";
    }
    return t.spec();
  }

  /** A size as a placement's keys: {@code 512px, dpi: 72, round: up}. */
  private static String size(Target t) {
    if (t instanceof Target.Pixels p) {
      return p.pixels() + "px" + (p.dpi() > 0 ? ", dpi: " + p.dpi() : "")
          + (p.round() != Target.Rounding.NEAREST ? ", round: " + p.round().id() : "");
    }
    return t.spec();
  }

  /** A YAML double-quoted scalar: only printable ASCII left as it is. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static int rank(Target t) {
    if (t instanceof Target.OwnSize) {
      return 0;
    } else if (t instanceof Target.Dpi) {
      return 1;
    } else if (t instanceof Target.PointDpi) {
      return 2;
    } else if (t instanceof Target.Pixels) {
      return 3;
    } else if (t instanceof Target.Placed) {
      return 4;
    } else if (t instanceof Target.Tiff) {
      return 5;
    }
    return 6;
  }

  private static int number(Target t) {
    if (t instanceof Target.Dpi d) {
      return d.dpi();
    } else if (t instanceof Target.PointDpi d) {
      return d.dpi();
    } else if (t instanceof Target.Pixels p) {
      return p.pixels();
    }
    return 0;
  }
}
