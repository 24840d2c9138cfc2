package org.logokit.adopt;

import java.util.List;

/**
 * Where masters and exports start inside the imported folder: the folder itself when they lie
 * side by side (Illustrator's {@code projects/p/horizontal/color/p-horizontal-color.svg} and
 * {@code .png}), or one top-level folder each when they are kept apart ({@code masters/} and
 * {@code published/}, or parallel {@code svg/} and {@code png/} trees). The render's output
 * folder then stands for the exports' root, the assets folder for the masters'.
 *
 * @param masters "" or a folder with a trailing '/'
 * @param exports "" or a folder with a trailing '/'
 */
record Roots(String masters, String exports) {

  static Roots of(List<String> masterPaths, List<String> exportPaths) {
    return new Roots(root(masterPaths, exportPaths), root(exportPaths, masterPaths));
  }

  /** The top-level folder all of {@code mine} share and none of {@code theirs} is in, or "". */
  private static String root(List<String> mine, List<String> theirs) {
    if (mine.isEmpty() || mine.get(0).indexOf('/') < 0) {
      return "";
    }
    String top = mine.get(0).substring(0, mine.get(0).indexOf('/') + 1);
    boolean shared = mine.stream().allMatch(p -> p.startsWith(top));
    boolean apart = theirs.stream().noneMatch(p -> p.startsWith(top));
    return shared && apart ? top : "";
  }

  String master(String path) {
    return path.substring(masters.length());
  }

  String export(String path) {
    return path.substring(exports.length());
  }
}
