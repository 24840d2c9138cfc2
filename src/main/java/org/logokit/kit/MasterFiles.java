package org.logokit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a master's bytes, and nothing it should not: the file must resolve (symlinks followed)
 * to a regular file inside the assets folder, no larger than the input budget. A device such as
 * {@code /dev/zero} or a FIFO is refused before it is opened.
 */
public final class MasterFiles {
  private MasterFiles() {}

  /**
   * @throws IOException whose message says, in a few words, why the master cannot be read
   */
  public static byte[] read(Path assets, String file, long maxBytes) throws IOException {
    Path real;
    try {
      real = assets.resolve(file).toRealPath();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException("not found");
    } catch (IOException e) {
      throw new IOException("cannot be resolved (" + e.getClass().getSimpleName() + ")");
    }
    if (!real.startsWith(assets.toRealPath())) {
      throw new IOException("is a link that leads outside the assets folder");
    }
    if (!Files.isRegularFile(real)) {
      throw new IOException("is not a regular file");
    }
    long size = Files.size(real);
    if (size > maxBytes) {
      throw new IOException("is " + size + " bytes, over the input budget of " + maxBytes);
    }
    try (InputStream in = Files.newInputStream(real)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new IOException("grew over the input budget of " + maxBytes + " bytes");
      }
      return bytes;
    }
  }
}
