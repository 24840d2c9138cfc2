package org.logokit.pipeline;

import java.util.List;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.MasterSpec;
import org.logokit.manifest.ManifestEntry;

/** What became of one master: its outputs current (some perhaps just written), or a failure. */
sealed interface MasterResult {
  MasterSpec master();

  /**
   * @param entries every output of the master, kept or written
   * @param written how many of them this run wrote
   */
  record Rendered(MasterSpec master, List<ManifestEntry> entries, int written)
      implements MasterResult {}

  /**
   * @param written the records of files that did get written before the failure (rare: a
   *     rename that failed midway); the master's other earlier files are kept
   */
  record Failed(MasterSpec master, Diagnostic problem, List<ManifestEntry> written)
      implements MasterResult {
    Failed(MasterSpec master, Diagnostic problem) {
      this(master, problem, List.of());
    }
  }
}
