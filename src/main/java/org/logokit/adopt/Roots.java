package org.logokit.adopt;

/**
 * Where masters and exports start inside the imported folder: the folder itself when they lie
 * side by side (Illustrator's {@code projects/p/horizontal/color/p-horizontal-color.svg} and
 * {@code .png}), or one folder each when they are kept apart: {@code masters/} and
 * {@code published/}, parallel {@code svg/} and {@code png/} trees, a {@code PNG/} folder beside
 * an {@code SVG/} one ({@code brand/SVG/} and {@code brand/PNG/}). The render's output folder
 * then stands for the exports' root, the assets folder for the masters'.
 *
 * <p>Each export and the master of its name propose the pair of folders their paths differ by
 * (the longest common tail of their folders set aside, and a last folder named as the master,
 * the XMPP kit's {@code <name>/}); {@link Layouts} takes the pair most exports of a folder of
 * masters propose.
 *
 * @param masters "" or a folder with a trailing '/'
 * @param exports "" or a folder with a trailing '/'
 */
record Roots(String masters, String exports) {
  static final Roots NONE = new Roots("", "");

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

  /** A path under the masters' root; one outside it stays unlike any (a NUL before it). */
  String master(String path) {
    return holdsMaster(path) ? path.substring(masters.length()) : "\0" + path;
  }

  /** A path under the exports' root; one outside it stays unlike any (a NUL before it). */
  String export(String path) {
    return holdsExport(path) ? path.substring(exports.length()) : "\0" + path;
  }
}
