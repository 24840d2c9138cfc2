package org.logokit.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestJson;

/** Reads an output folder's {@code manifest.json}. */
public final class ManifestFile {
  private ManifestFile() {}

  /**
   * @throws NoSuchFileException when the folder has no manifest
   * @throws IOException with a one-line reason when it is not a readable manifest
   */
  public static Manifest read(Path out) throws IOException {
    Path file = out.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    return ManifestJson.read(Files.readAllBytes(file));
  }

  /** The manifest, or {@code null} when there is none or it cannot be read. */
  public static Manifest readOrNull(Path out) {
    try {
      return read(out);
    } catch (IOException e) {
      return null;
    }
  }
}
