package org.logokit.verify;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestJson;
import org.logokit.write.OutputFolder;

/**
 * Reads an output folder's {@code manifest.json}: a regular file (not a link, a FIFO or a
 * sparse giant), parsed as untrusted input by {@link ManifestJson}.
 */
public final class ManifestFile {
  private ManifestFile() {}

  /**
   * @throws NoSuchFileException when the folder has no manifest
   * @throws IOException with a one-line reason when it is not a readable manifest
   */
  public static ManifestJson.Read read(OutputFolder out) throws IOException {
    return ManifestJson.read(out.read(Manifest.FILE_NAME, ManifestJson.MAX_BYTES));
  }

  /** The manifest of the folder {@code out}; see {@link #read(OutputFolder)}. */
  public static ManifestJson.Read read(java.nio.file.Path out) throws IOException {
    return read(OutputFolder.open(out, false));
  }

  /** The manifest's good records, or {@code null} when there is none or it cannot be read. */
  public static ManifestJson.Read readOrNull(OutputFolder out) {
    try {
      return read(out);
    } catch (IOException e) {
      return null;
    }
  }
}
