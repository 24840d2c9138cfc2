package org.logokit.adopt;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts of a kit, found per folder of masters: one repository may keep some exports
 * beside their masters, others in a {@code PNG/} folder beside {@code SVG/}, others in a
 * {@code png/} tree mirroring {@code svg/}. Each folder of masters takes the pair of roots
 * ({@link Roots}) most of its exports propose, so a stray PNG that happens to carry a master's
 * name does not move it; folders whose exports share one root make one layout.
 *
 * <p>The config's assets folder is the deepest folder holding every layout's masters, its
 * output folder the deepest holding every layout's exports ({@link #base()}); with one layout
 * those are that layout's roots, as they always were. Each further layout becomes an entry of
 * {@code namingByFolder}, keyed by its masters' root under the assets folder. Two layouts whose
 * masters share a root cannot both be named by it: the one with more exports is kept.
 *
 * @param base the roots the config's paths start from
 * @param chosen every layout, by its masters' root relative to {@code base.masters()}
 * @param proposed each export's own proposal, by its path (only exports with a master of
 *     their name have one)
 */
record Layouts(Roots base, Map<String, Roots> chosen, Map<String, Roots> proposed) {
  /** The layouts most (export, master of its name) pairs propose, folder of masters by folder. */
  static Layouts vote(List<KitTree.Export> exports, List<String> masterPaths) {
    Map<String, Map<Roots, Integer>> byFolder = new LinkedHashMap<>();
    Map<String, Roots> proposed = new HashMap<>();
    for (KitTree.Export e : exports) {
      String stem = e.stem();
      // The master of the longest name; of several, the one nearest the export: logo/white/
      // logo.png is logo/white/logo.svg's, not logo/blue/logo.svg's, and inkscape/published/
      // mark.png is inkscape/masters/mark.svg's, not fixed/mark.svg's.
      masterPaths.stream()
          .filter(m -> Pairing.fits(stem, KitTree.stem(m)))
          .max(Comparator.<String>comparingInt(m -> KitTree.stem(m).length())
              .thenComparingInt(m -> nearness(KitTree.folder(m), KitTree.folder(e.path())))
              .thenComparing(Comparator.<String>reverseOrder()))
          .ifPresent(m -> {
            Roots r = Roots.of(KitTree.folder(m), KitTree.folder(e.path()), KitTree.stem(m));
            proposed.put(e.path(), r);
            byFolder.computeIfAbsent(KitTree.folder(m), k -> new LinkedHashMap<>())
                .merge(r, 1, Integer::sum);
          });
    }
    // Each folder's layout, with how many exports it explains over the whole kit.
    Map<Roots, Integer> layouts = new LinkedHashMap<>();
    byFolder.values().forEach(votes -> {
      Map.Entry<Roots, Integer> best = votes.entrySet().stream()
          .max(Map.Entry.<Roots, Integer>comparingByValue()
              .thenComparing(x -> x.getKey().equals(Roots.NONE)))
          .orElseThrow();
      layouts.merge(best.getKey(), best.getValue(), Integer::sum);
    });
    if (layouts.isEmpty()) {
      return new Layouts(Roots.NONE, Map.of("", Roots.NONE), proposed);
    }
    // Folders of masters whose exports share one root are one layout (masters/a/ and
    // masters/b/ both exported into published/): from the folder that holds them all.
    Map<String, java.util.List<Roots>> byExports = new LinkedHashMap<>();
    layouts.keySet().forEach(r -> byExports.computeIfAbsent(r.exports(),
        k -> new java.util.ArrayList<>()).add(r));
    Map<Roots, Integer> merged = new LinkedHashMap<>();
    Map<Roots, Roots> into = new HashMap<>();
    byExports.forEach((exportsRoot, same) -> {
      Roots one = new Roots(common(same.stream().map(Roots::masters).toList()), exportsRoot);
      merged.put(one, same.stream().mapToInt(layouts::get).sum());
      same.forEach(r -> into.put(r, one));
    });
    proposed.replaceAll((path, r) -> into.getOrDefault(r, r));
    // One layout per masters' root: the one that explains more exports.
    Map<String, Roots> byMasters = new LinkedHashMap<>();
    merged.entrySet().stream()
        .sorted(Map.Entry.<Roots, Integer>comparingByValue().reversed()
            .thenComparing(x -> x.getKey().masters() + "\0" + x.getKey().exports()))
        .forEach(x -> byMasters.putIfAbsent(x.getKey().masters(), x.getKey()));
    Roots base = new Roots(common(byMasters.values().stream().map(Roots::masters).toList()),
        common(byMasters.values().stream().map(Roots::exports).toList()));
    Map<String, Roots> chosen = new LinkedHashMap<>();
    byMasters.values().forEach(r -> chosen.put(base.master(r.masters()), r));
    return new Layouts(base, chosen, proposed);
  }

  /**
   * How near two folders are: the folders they start with in common, and those they end with in
   * common ({@code svg/logo/} and {@code png/logo/}); the same folder is nearest of all.
   */
  static int nearness(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.split("/");
    String[] y = b.isEmpty() ? new String[0] : b.split("/");
    int head = 0;
    while (head < x.length && head < y.length && x[head].equals(y[head])) {
      head++;
    }
    int tail = 0;
    while (tail < x.length - head && tail < y.length - head
        && x[x.length - 1 - tail].equals(y[y.length - 1 - tail])) {
      tail++;
    }
    return x.length == y.length && head == x.length ? Integer.MAX_VALUE : head + tail;
  }

  /** The deepest folder ("" or with a trailing '/') that starts every one of {@code folders}. */
  static String common(List<String> folders) {
    String prefix = folders.get(0);
    for (String f : folders) {
      while (!f.startsWith(prefix)) {
        int cut = prefix.lastIndexOf('/', prefix.length() - 2);
        prefix = cut < 0 ? "" : prefix.substring(0, cut + 1);
      }
    }
    return prefix;
  }

  boolean single() {
    return chosen.size() == 1;
  }

  /**
   * The layout an export belongs to: with one layout, that one; with several, its own
   * proposal when that is a layout of the kit; {@code null} when it is none (a stray, or the
   * export of a layout that lost its masters' root to another).
   */
  Roots of(KitTree.Export e) {
    if (single()) {
      return chosen.values().iterator().next();
    }
    Roots own = proposed.get(e.path());
    if (own == null) {
      return base; // no master of its name: Pairing says so
    }
    return chosen.containsValue(own) ? own : null;
  }

  /** The key of a layout in {@code namingByFolder}: its masters' root under the assets folder. */
  String key(Roots layout) {
    return base.master(layout.masters());
  }

  /**
   * The folder the exports of a layout start from, under the output folder: what its naming
   * begins with.
   */
  String prefix(Roots layout) {
    return base.export(layout.exports());
  }
}
