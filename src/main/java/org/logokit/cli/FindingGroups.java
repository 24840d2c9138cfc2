package org.logokit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.logokit.verify.StaleReason;
import org.logokit.verify.Finding;
import org.logokit.pipeline.Freshness;

/**
 * Findings grouped for people: one line (and one GitHub annotation) per master and reason, not
 * one per output, so an edited master is one line however many sizes it has (GitHub shows
 * only the first ten annotations of a step). The pixel figures of {@code check --pixels} join
 * their master's line.
 */
final class FindingGroups {
  private static final int LISTED = 4;

  /**
   * @param file where the annotation goes: the master for a master's group, else the output
   * @param message what is wrong, the same for every output in the group
   * @param paths the outputs concerned, relative to the output folder
   * @param figures the pixel comparison's figures, or {@code null}
   */
  record Group(String file, String message, List<String> paths, String figures) {
    /** The line a person reads. */
    String line(Path out) {
      String what = paths.size() == 1 ? out.resolve(paths.get(0)) + ": " + message
          : file + ": " + message + ": " + paths.size() + " outputs ("
              + String.join(", ", paths.subList(0, Math.min(LISTED, paths.size())))
              + (paths.size() > LISTED ? " and " + (paths.size() - LISTED) + " more" : "") + ")";
      return figures == null ? what : what + "; " + figures;
    }
  }

  private FindingGroups() {}

  static List<Group> of(List<Finding> findings, Path assets, Path out) {
    Map<String, Draft> groups = new LinkedHashMap<>();
    java.util.Set<String> staleMasters = new java.util.HashSet<>();
    java.util.Set<String> stalePaths = new java.util.HashSet<>();
    for (Finding f : findings) {
      if (f instanceof Finding.Stale s && s.master() != null) {
        staleMasters.add(s.master());
        stalePaths.add(s.path());
      }
    }
    Map<String, PixelFigures> pixels = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f instanceof Finding.PixelsChanged p && staleMasters.contains(p.master())) {
        pixels.computeIfAbsent(p.master(), m -> new PixelFigures()).add(p);
        continue;
      }
      if (f instanceof Finding.OtherBytes && stalePaths.contains(f.path())) {
        continue; // stale already: that line names it
      }
      String master = f instanceof Finding.Stale s ? s.master() : null;
      String key = (master == null ? "" : master) + "\n" + f.message();
      groups.computeIfAbsent(key, k -> new Draft(master, f.message(), file(f, assets, out)))
          .paths.add(f.path());
    }
    List<Group> result = new ArrayList<>();
    for (Draft d : groups.values()) {
      PixelFigures fig = d.master == null ? null : pixels.remove(d.master);
      result.add(new Group(d.file, d.message, d.paths, fig == null ? null : fig.toString()));
    }
    return result;
  }

  /**
   * The file a finding belongs to, for an annotation and for {@code --format json}: the master
   * when the master is what is wrong (changed, unreadable, unsized), else the output.
   */
  static String file(Finding f, Path assets, Path out) {
    return assets != null && f instanceof Finding.Stale s && s.master() != null
        && (s.reason() == StaleReason.MASTER_CHANGED
            || s.reason() == StaleReason.MASTER_UNREADABLE
            || s.reason() == StaleReason.MASTER_UNSIZED)
        ? assets.resolve(s.master()).toString() : out.resolve(f.path()).toString();
  }

  private static final class Draft {
    final String master;
    final String message;
    final String file;
    final List<String> paths = new ArrayList<>();

    Draft(String master, String message, String file) {
      this.master = master;
      this.message = message;
      this.file = file;
    }
  }

  /**
   * The pixel changes of one master's outputs, summed up. An output that could not be compared
   * (it does not decode, another size) gives no figure, only its reason.
   */
  private static final class PixelFigures {
    final List<String> paths = new ArrayList<>();
    int max = -1;
    double meanSum;
    int means;
    long changed;
    final java.util.Set<String> uncompared = new java.util.LinkedHashSet<>();

    void add(Finding.PixelsChanged p) {
      paths.add(p.path());
      if (p.max() < 0) {
        uncompared.add(p.detail());
        return;
      }
      max = Math.max(max, p.max());
      if (!Double.isNaN(p.mean())) {
        meanSum += p.mean();
        means++;
        changed += Math.max(0, p.changedPixels());
      }
    }

    @Override
    public String toString() {
      String figures = max < 0 ? "" : ": max " + max + (means == 0 ? ""
          : String.format(Locale.ROOT, ", mean %.3f per channel, %d pixels", meanSum / means,
              changed));
      List<String> why = List.copyOf(uncompared);
      return "pixels changed in " + paths.size() + " output" + (paths.size() == 1 ? "" : "s")
          + figures + (why.isEmpty() ? "" : (max < 0 ? ": " : "; ")
          + String.join("; ", why.subList(0, Math.min(LISTED, why.size())))
          + (why.size() > LISTED ? "; and " + (why.size() - LISTED) + " more reasons" : ""));
    }
  }
}
