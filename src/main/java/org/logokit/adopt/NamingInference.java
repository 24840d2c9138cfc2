package org.logokit.adopt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code naming} template that names the most exports: each placed export's path (relative
 * to the exports' root) with its master's folder as {@code {dir}}, folder names equal to the
 * master's name as {@code {name}}, and its file name as {@code {name}{suffix}.png}. A template
 * without {@code {dir}} wins a tie, so kits whose masters lie in one folder get the plain one.
 */
final class NamingInference {
  private NamingInference() {}

  /** One placed export's names: its path under the exports' root, its master's folder and name. */
  record Named(String exportPath, String masterFolder, String name) {
    /** The templates that give this export's path, with and without {@code {dir}}. */
    List<String> templates() {
      String folder = KitTree.folder(exportPath);
      List<String> out = new ArrayList<>();
      if (folder.startsWith(masterFolder)) {
        out.add("{dir}" + generalise(folder.substring(masterFolder.length())) + FILE);
      }
      if (masterFolder.isEmpty() || !folder.startsWith(masterFolder)) {
        out.add(generalise(folder) + FILE);
      }
      return out;
    }

    private String generalise(String folder) {
      StringBuilder sb = new StringBuilder();
      for (String segment : folder.split("/")) {
        if (!segment.isEmpty()) {
          sb.append(segment.equals(name) ? "{name}" : segment).append('/');
        }
      }
      return sb.toString();
    }
  }

  static final String FILE = "{name}{suffix}.png";

  /** The template most exports fit; {@code null} when there are none. */
  static String choose(List<Named> exports) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Named n : exports) {
      for (String t : n.templates()) {
        votes.merge(t, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(e -> !e.getKey().contains("{dir}"))
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }
}
