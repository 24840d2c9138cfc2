package org.logokit.adopt;

import java.util.Comparator;
import java.util.List;

/**
 * Finds the master an export was made from: the master whose file name (without extension) is
 * the longest start of the export's, the rest being a suffix that begins with a separator
 * ({@code -}, {@code _}, {@code @}, {@code .}, a space) or is empty. Among masters of one name
 * in several folders, the one in the export's folder (relative to their roots) wins; a master
 * of that name that exists but cannot be read is named with why, never passed over for a
 * same-named master elsewhere.
 */
final class Pairing {
  private static final String SEPARATORS = "-_@. ";

  private Pairing() {}

  /**
   * A master and the suffix the export's name adds to it, or why there is none.
   *
   * @param master {@code null} when {@code problem} says why
   * @param cause the report's group when there is no master
   */
  record Pair(KitTree.Master master, String suffix, String cause, String problem) {
    static Pair none(String cause, String problem) {
      return new Pair(null, null, cause, problem);
    }
  }

  /** Whether a master of stem {@code master} may have made an export of stem {@code export}. */
  static boolean fits(String export, String master) {
    return export.startsWith(master) && (export.length() == master.length()
        || SEPARATORS.indexOf(export.charAt(master.length())) >= 0);
  }

  static Pair find(KitTree.Export export, List<KitTree.Master> masters,
      List<KitTree.Problem> unreadable, Roots roots) {
    String stem = export.stem();
    String exportFolder = KitTree.folder(roots.export(export.path()));
    List<KitTree.Master> fits = masters.stream().filter(m -> fits(stem, m.stem())).toList();
    int longest = fits.stream().mapToInt(m -> m.stem().length()).max().orElse(-1);
    // A master of a longer name, or of this name in the export's own folder, that cannot be
    // read explains the export better than any other: say why it cannot be read.
    for (KitTree.Problem p : unreadable) {
      String pStem = KitTree.stem(p.path());
      boolean svg = p.path().toLowerCase(java.util.Locale.ROOT).matches(".*\\.svgz?");
      if (svg && fits(stem, pStem) && (pStem.length() > longest || (pStem.length() == longest
          && KitTree.folder(roots.master(p.path())).equals(exportFolder)))) {
        return Pair.none("its master cannot be read", "its master " + p.path() + " "
            + p.reason().replaceFirst("^master ", ""));
      }
    }
    if (fits.isEmpty()) {
      return Pair.none("no master", "no master: no SVG is named as the start of its name");
    }
    List<KitTree.Master> best = fits.stream().filter(m -> m.stem().length() == longest)
        .sorted(Comparator.comparing(KitTree.Master::path)).toList();
    KitTree.Master chosen = best.get(0);
    if (best.size() > 1) {
      List<KitTree.Master> here = best.stream()
          .filter(m -> KitTree.folder(roots.master(m.path())).equals(exportFolder)).toList();
      if (here.size() != 1) {
        return Pair.none("several masters could be its master", best.size()
            + " masters could be its master (" + best.get(0).path() + ", " + best.get(1).path()
            + (best.size() > 2 ? ", ..." : "") + ") and none is in its folder");
      }
      chosen = here.get(0);
    }
    return new Pair(chosen, stem.substring(chosen.stem().length()), null, null);
  }
}
