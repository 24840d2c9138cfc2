package org.logokit.build;

import java.util.List;
import org.logokit.kit.Diagnostic;
import org.logokit.kit.MasterSpec;
import org.logokit.manifest.ManifestEntry;

/** What became of one master: all its outputs written, or a reason it could not be. */
sealed interface MasterResult {
  MasterSpec master();

  record Rendered(MasterSpec master, List<ManifestEntry> entries) implements MasterResult {}

  record Failed(MasterSpec master, Diagnostic problem) implements MasterResult {}
}
