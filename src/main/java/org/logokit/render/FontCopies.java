package org.logokit.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import org.logokit.text.Sha256;

/**
 * The kit's font files where Java's font system reads them: copies in a folder of this run's
 * own.
 *
 * <p>Java reads a font only from a file, and keeps reading it (its tables, lazily, closing and
 * reopening it from a small pool) for as long as the font or one derived from it is in use.
 * {@code Font.createFont(InputStream)} therefore copies the stream into {@code java.io.tmpdir}
 * as {@code +~JF*.tmp}, a folder every user of the machine shares, and deletes the copy only
 * when the font is collected or the JVM exits normally: a killed run leaves it there. So logokit
 * hands {@code Font.createFonts(File)} a copy it owns instead:
 *
 * <ul>
 *   <li>one folder per JVM, {@code logokit-fonts-<pid>-<random>} in {@code java.io.tmpdir},
 *       made by {@link Files#createTempDirectory}, which makes it its owner's only
 *       ({@code rwx------}) where files have POSIX permissions;
 *   <li>each font written once, named by its SHA-256 and never changed afterwards (a changed
 *       file would be read as another font's tables), from bytes already read and checked
 *       ({@link FontDirectory});
 *   <li>the folder removed when the JVM exits, by a shutdown hook (which also runs on Ctrl-C
 *       and SIGTERM);
 *   <li>the folder of a run that was killed outright (SIGKILL, a power cut: no hook runs)
 *       removed by the next run that loads fonts: a folder of this name, owned by the same
 *       user, a real folder (never entered through a link), whose process is no longer alive.
 * </ul>
 *
 * Not chosen: deleting the copy once the fonts are made (Java reopens it later, and would then
 * draw with another font or fail); deleting it when the kit's fonts are no longer referenced
 * (Batik's trees keep fonts derived from them); unlinking it and giving Java
 * {@code /proc/self/fd/N} (Linux only).
 */
final class FontCopies {
  static final String PREFIX = "logokit-fonts-";

  /** This JVM's folder, made on first use: a kit without fonts makes none. */
  private static Path folder; // guarded by FontCopies.class

  private FontCopies() {}

  /** A file of these bytes in this run's own folder, written the first time they are seen. */
  static synchronized File of(byte[] font) throws IOException {
    Path dir = folder();
    Path file = dir.resolve(Sha256.hex(font) + ".font");
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      Path part = Files.write(dir.resolve(file.getFileName() + ".part"), font);
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    return file.toFile();
  }

  /** This JVM's folder, or {@code null} before any font was loaded. */
  static synchronized Path folderIfMade() {
    return folder;
  }

  private static Path folder() throws IOException {
    if (folder == null) {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      Path made = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(made),
          "logokit-font-copies"));
      folder = made;
      removeStale(tmp, Files.getOwner(made, LinkOption.NOFOLLOW_LINKS));
    }
    return folder;
  }

  /**
   * Removes the folders of runs that are no longer alive: only folders named as ours, owned by
   * {@code owner}, never through a link. Best effort: what cannot be removed stays.
   */
  static void removeStale(Path tmp, UserPrincipal owner) {
    try (DirectoryStream<Path> all = Files.newDirectoryStream(tmp, PREFIX + "*")) {
      for (Path dir : all) {
        long pid = pid(dir.getFileName().toString());
        if (pid < 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory() && owner.equals(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS))) {
          remove(dir);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // A folder another user made unreadable, a race with another run: not this run's.
    }
  }

  /** {@code logokit-fonts-<pid>-<random>}: the pid, or -1. */
  static long pid(String name) {
    int end = name.indexOf('-', PREFIX.length());
    try {
      return end < 0 ? -1 : Long.parseLong(name.substring(PREFIX.length(), end));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Deletes the folder's entries (a link as a link, never what it points to), then it. */
  private static void remove(Path dir) {
    try {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path f : files) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    } catch (IOException | DirectoryIteratorException e) {
      // Left for the next run to remove: a font Java still holds open on Windows, say.
    }
  }
}
