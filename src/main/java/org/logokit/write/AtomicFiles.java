package org.logokit.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a file by writing a hidden temporary file beside it and renaming it over the target:
 * readers see the old file or the new one, never a part.
 */
public final class AtomicFiles {
  /** Temporary files start with this; {@code verify} and cleanup know to skip or remove them. */
  public static final String TEMP_PREFIX = ".logokit-tmp-";

  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: its 0600 mode would carry over to the published file.
    Path tmp = dir.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong())
        + ".part");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Deletes temporary files a killed run left under {@code dir}. Call it only while holding the
   * folder's {@link OutputLock}, so no running writer's file is taken.
   *
   * @return how many were deleted
   */
  public static int removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    List<Path> leftovers;
    try (Stream<Path> walk = Files.walk(dir)) {
      leftovers = walk.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX))
          .filter(Files::isRegularFile).toList();
    }
    for (Path p : leftovers) {
      Files.deleteIfExists(p);
    }
    return leftovers.size();
  }
}
