package org.logokit.adopt;

import java.util.Comparator;
import java.util.List;

/**
 * Finds the master an export was made from: the master whose file name (without extension) is
 * the longest start of the export's, the rest being a suffix that begins with a separator
 * ({@code -}, {@code _}, {@code @}, {@code .}, a space) or is empty. Among masters of one name
 * in several folders, the one in the export's folder (relative to their roots) wins.
 */
final class Pairing {
  private static final String SEPARATORS = "-_@. ";

  private Pairing() {}

  /**
   * A master and the suffix the export's name adds to it, or why there is none.
   *
   * @param master {@code null} when {@code problem} says why
   */
  record Pair(KitTree.Master master, String suffix, String problem) {
    static Pair none(String problem) {
      return new Pair(null, null, problem);
    }
  }

  static Pair find(KitTree.Export export, List<KitTree.Master> masters, Roots roots) {
    String stem = export.stem();
    List<KitTree.Master> fits = masters.stream()
        .filter(m -> stem.startsWith(m.stem()) && (stem.length() == m.stem().length()
            || SEPARATORS.indexOf(stem.charAt(m.stem().length())) >= 0))
        .toList();
    if (fits.isEmpty()) {
      return Pair.none("no master: no SVG is named as the start of its name");
    }
    int longest = fits.stream().mapToInt(m -> m.stem().length()).max().orElseThrow();
    List<KitTree.Master> best = fits.stream().filter(m -> m.stem().length() == longest)
        .sorted(Comparator.comparing(KitTree.Master::path)).toList();
    KitTree.Master chosen = best.get(0);
    if (best.size() > 1) {
      String exportFolder = KitTree.folder(roots.export(export.path()));
      List<KitTree.Master> here = best.stream()
          .filter(m -> KitTree.folder(roots.master(m.path())).equals(exportFolder)).toList();
      if (here.size() != 1) {
        return Pair.none(best.size() + " masters could be its master (" + best.get(0).path()
            + ", " + best.get(1).path() + (best.size() > 2 ? ", ..." : "")
            + ") and none is in its folder");
      }
      chosen = here.get(0);
    }
    return new Pair(chosen, stem.substring(chosen.stem().length()), null);
  }
}
