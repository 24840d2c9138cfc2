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

  /**
   * A manifest read once and handed to whoever needs it ({@code check} reads it on another
   * core while the config is read).
   *
   * @param read the manifest, or {@code null}
   * @param problem why there is none ({@link NoSuchFileException} when the file is missing),
   *     or {@code null}
   */
  public record Attempt(ManifestJson.Read read, IOException problem) {
    public static Attempt of(OutputFolder out) {
      try {
        return new Attempt(ManifestFile.read(out), null);
      } catch (IOException e) {
        return new Attempt(null, e);
      }
    }
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
