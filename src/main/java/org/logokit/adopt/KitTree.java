package org.logokit.adopt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.logokit.kit.Limits;
import org.logokit.plan.IntrinsicSize;
import org.logokit.screen.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;

/**
 * The files of a folder to import: its SVG masters with their intrinsic sizes and its image
 * exports with what their headers say. Files that cannot be read are kept with the reason.
 *
 * @param masters paths relative to the folder, sorted
 * @param exports paths relative to the folder, sorted
 * @param unreadable one line each: a master that does not load, an export that does not read
 * @param unread files of image and artwork formats import does not read, by extension
 * @param files every file of the folder, sorted
 */
record KitTree(List<Master> masters, List<Export> exports, List<Problem> unreadable,
    Map<String, Integer> unread, List<String> files) {
  /** Image and artwork formats a kit may hold that import does not read: counted, never silent. */
  private static final java.util.Set<String> OTHER_FORMATS = java.util.Set.of("jpg", "jpeg",
      "gif", "webp", "avif", "bmp", "eps", "ai", "pdf", "psd", "xcf", "sketch", "fig", "afdesign",
      "cdr", "emf", "wmf", "heic", "jxl", "kra");

  /** More files than a kit has is a mistake or an attack: stop listing there. */
  static final int MAX_FILES = 100_000;

  record Master(String path, IntrinsicSize size) {
    /** The file name without its folder and {@code .svg}/{@code .svgz}. */
    String stem() {
      return KitTree.stem(path);
    }

    String folder() {
      return KitTree.folder(path);
    }
  }

  record Export(String path, ImageFacts facts) {
    String stem() {
      return KitTree.stem(path);
    }

    String folder() {
      return KitTree.folder(path);
    }
  }

  /** A file import could not place, and why. */
  record Problem(String path, String reason) {}

  static KitTree scan(OutputFolder dir, Limits limits) throws IOException {
    List<Master> masters = new ArrayList<>();
    List<Export> exports = new ArrayList<>();
    List<Problem> unreadable = new ArrayList<>();
    Map<String, Integer> unread = new TreeMap<>();
    List<String> files = dir.files();
    if (files.size() > MAX_FILES) {
      throw new IOException(Shown.of(dir.given().toString()) + ": over " + MAX_FILES
          + " files; name the kit's own folder");
    }
    for (String rel : files) {
      String lower = rel.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".svg") || lower.endsWith(".svgz")) {
        try {
          byte[] svg = dir.read(rel, limits.maxInputBytes());
          masters.add(new Master(rel, SvgLoader.intrinsicSize(svg,
              dir.root().resolve(rel).toUri().toString(), limits)));
        } catch (IOException | SvgException e) {
          unreadable.add(new Problem(rel, "master cannot be read: " + reason(dir, rel, e)));
        }
      } else if (ImageFacts.formatOf(rel) != null) {
        try {
          exports.add(new Export(rel, ImageFacts.read(dir, rel)));
        } catch (IOException | RuntimeException e) {
          unreadable.add(new Problem(rel, "cannot be read: " + reason(dir, rel, e)));
        }
      } else {
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 || dot < lower.lastIndexOf('/') ? "" : lower.substring(dot + 1);
        if (OTHER_FORMATS.contains(ext)) {
          unread.merge(ext, 1, Integer::sum);
        }
      }
    }
    return new KitTree(masters, exports, unreadable, unread, files);
  }

  private static String reason(OutputFolder dir, String rel, Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // OutputFolder's messages start with the path, which the caller prints already.
    String prefix = dir.shown(rel) + ": ";
    return Shown.of(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
  }

  static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** The folder part with a trailing '/', or empty. */
  static String folder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }
}
