package org.logokit.pipeline;

import java.util.List;
import org.logokit.kit.Diagnostic;
import org.logokit.manifest.Manifest;

/**
 * The outcome of a render.
 *
 * @param manifest what was written to {@code manifest.json}
 * @param rendered how many masters are current (rendered now or already)
 * @param written how many files were written
 * @param kept how many outputs were current and left as they were
 * @param removed output paths of an earlier render that are no longer planned, now deleted
 * @param failures one per master that could not be rendered
 * @param notes warnings that did not stop the render: manifest records ignored, files left in
 *     place, each a line naming the file
 */
public record RenderReport(Manifest manifest, int rendered, int written, int kept,
    List<String> removed, List<Diagnostic> failures, List<String> notes) {
  public boolean ok() {
    return failures.isEmpty();
  }
}
