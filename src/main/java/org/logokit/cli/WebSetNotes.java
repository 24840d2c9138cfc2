package org.logokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.logokit.kit.WebSet;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.text.Shown;

/**
 * After a render that wrote files, where each web set's {@code <link>} tags are: the tags
 * themselves are in the file, so a render that changes nothing prints nothing, and a kit of
 * many masters prints a line per set, not the tags of each.
 */
final class WebSetNotes {
  private WebSetNotes() {}

  static void print(Manifest manifest, Path out, PrintWriter stdout) {
    for (ManifestEntry e : manifest.outputs()) {
      if (e.isText() && e.path().endsWith("-web/" + WebSet.HEAD)) {
        stdout.println("web icons: the <link> tags to paste are in "
            + Shown.of(out.resolve(e.path()).toString()));
      }
    }
  }
}
