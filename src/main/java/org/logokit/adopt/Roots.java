package org.logokit.adopt;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where masters and exports start inside the imported folder: the folder itself when they lie
 * side by side (Illustrator's {@code projects/p/horizontal/color/p-horizontal-color.svg} and
 * {@code .png}), or one folder each when they are kept apart: {@code masters/} and
 * {@code published/}, parallel {@code svg/} and {@code png/} trees, a {@code PNG/} folder beside
 * an {@code SVG/} one ({@code brand/SVG/} and {@code brand/PNG/}). The render's output folder
 * then stands for the exports' root, the assets folder for the masters'.
 *
 * <p>Chosen by vote: each export and the master of its name propose the pair of folders their
 * paths differ by (the longest common tail of their folders set aside, and a last folder named
 * as the master, the XMPP kit's {@code <name>/}); the pair most exports propose wins, so a few
 * unrelated PNGs elsewhere in the repository do not move the roots.
 *
 * @param masters "" or a folder with a trailing '/'
 * @param exports "" or a folder with a trailing '/'
 */
record Roots(String masters, String exports) {
  static final Roots NONE = new Roots("", "");

  /** The roots most (export, master of its name) pairs propose. */
  static Roots vote(List<KitTree.Export> exports, List<String> masterPaths) {
    Map<Roots, Integer> votes = new LinkedHashMap<>();
    for (KitTree.Export e : exports) {
      String stem = e.stem();
      masterPaths.stream()
          .filter(m -> Pairing.fits(stem, KitTree.stem(m)))
          .max(Comparator.comparingInt(m -> KitTree.stem(m).length()))
          .ifPresent(m -> {
            Roots r = of(KitTree.folder(m), KitTree.folder(e.path()), KitTree.stem(m));
            votes.merge(r, 1, Integer::sum);
          });
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<Roots, Integer>comparingByValue()
            .thenComparing(x -> x.getKey().equals(NONE)))
        .map(Map.Entry::getKey).orElse(NONE);
  }

  /** The folders a master's folder and an export's folder start from. */
  static Roots of(String masterFolder, String exportFolder, String name) {
    String[] m = masterFolder.isEmpty() ? new String[0] : masterFolder.split("/");
    String[] e = exportFolder.isEmpty() ? new String[0] : exportFolder.split("/");
    int eEnd = e.length;
    if (eEnd > 0 && e[eEnd - 1].equals(name) && (m.length == 0
        || !m[m.length - 1].equals(name))) {
      eEnd--; // {name}/ under the exports' root
    }
    int mEnd = m.length;
    while (mEnd > 0 && eEnd > 0 && m[mEnd - 1].equals(e[eEnd - 1])) {
      mEnd--;
      eEnd--;
    }
    return new Roots(join(m, mEnd), join(e, eEnd));
  }

  private static String join(String[] segments, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(segments[i]).append('/');
    }
    return sb.toString();
  }

  boolean holdsMaster(String path) {
    return path.startsWith(masters);
  }

  boolean holdsExport(String path) {
    return path.startsWith(exports);
  }

  String master(String path) {
    return path.substring(masters.length());
  }

  String export(String path) {
    return path.substring(exports.length());
  }
}
