package org.logokit.kit;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Whether a path named on the command line passes through a link inside the working directory
 * (the repository): the name is trusted, the folders on the way are not.
 */
final class LinkCheck {
  private LinkCheck() {}

  /** The first folder or file on the way to {@code given} that is a link, or {@code null}. */
  static Path firstLink(Path given) {
    try {
      Path cwd = Path.of("").toAbsolutePath();
      Path path = given.toAbsolutePath().normalize();
      if (!path.startsWith(cwd)) {
        return Files.isSymbolicLink(path) ? given : null;
      }
      Path cur = cwd;
      for (Path part : cwd.relativize(path)) {
        if (part.toString().isEmpty()) {
          continue;
        }
        cur = cur.resolve(part);
        if (Files.isSymbolicLink(cur)) {
          return cwd.relativize(cur);
        }
      }
      return null;
    } catch (InvalidPathException e) {
      return given;
    }
  }
}
