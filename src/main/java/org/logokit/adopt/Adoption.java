package org.logokit.adopt;

import java.util.List;
import java.util.Map;

/**
 * What {@code import} made of a folder.
 *
 * @param config the kit config, YAML; {@code null} when nothing could be placed
 * @param mastersRoot the folder under the imported one that the config's master paths start
 *     from (its assets folder): "" or a path with a trailing '/'
 * @param exportsRoot the folder the config's output paths start from: "" or with '/'
 * @param placed each export the config reproduces, by path under the imported folder, sorted
 * @param reported each file it could not place, with the reason, sorted by path
 * @param unused masters no export was made from (left out of the config)
 * @param notes placed files the render will not reproduce byte for byte in a way that matters:
 *     an export with no pHYs, which every file logokit writes has
 * @param unread files of image formats import does not read, counted by extension
 *     ({@code jpg}, {@code eps}, {@code ai}, ...), in extension order
 */
public record Adoption(String config, String mastersRoot, String exportsRoot,
    List<Placement> placed, List<Reported> reported, List<String> unused,
    List<Reported> notes, Map<String, Integer> unread) {

  /** An export and the master and target that reproduce it. */
  public record Placement(String export, String master, String target) {}

  /**
   * A file import could not place: one line, the path and why.
   *
   * @param cause a short fixed phrase that reports are grouped by ({@code no master}, {@code
   *     master cannot be read}, {@code no target explains it}, ...)
   */
  public record Reported(String path, String cause, String reason) {}
}
