package org.logokit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import org.logokit.text.Shown;

/**
 * Reads the kit config's bytes, once, within a size cap checked before reading. The config in
 * the assets folder is read only as a regular file inside it (a link that leads out, a FIFO or
 * a device is refused, as for masters); a config named with {@code --config} must be a regular
 * file, not a link. What is refused is named, its content never shown.
 */
final class ConfigFile {
  /** Configs are a few KB; a larger one is a mistake or a sparse-file attack. */
  static final long MAX_BYTES = 1 << 20;

  private ConfigFile() {}

  static byte[] readInAssets(Path assets, String name) throws KitException {
    try {
      return MasterFiles.read(assets, name, MAX_BYTES);
    } catch (IOException e) {
      throw problem(assets.resolve(name), e.getMessage());
    }
  }

  static byte[] readNamed(Path file) throws KitException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw problem(file, "config file not found");
    }
    Path link = LinkCheck.firstLink(file);
    if (a.isSymbolicLink() || link != null) {
      throw problem(file, (link == null || link.equals(file) ? "is a link"
          : Shown.of(link.toString()) + " is a link")
          + "; logokit reads the config only as a regular file, never through a link");
    }
    if (!a.isRegularFile()) {
      throw problem(file, "is not a regular file");
    }
    if (a.size() > MAX_BYTES) {
      throw problem(file, "is " + a.size() + " bytes, over the config limit of " + MAX_BYTES);
    }
    try (SeekableByteChannel ch = Files.newByteChannel(file, Set.of(StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)); InputStream in = Channels.newInputStream(ch)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw problem(file, "grew over the config limit of " + MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw problem(file, "cannot read: " + Shown.of(e.getMessage()));
    }
  }

  private static KitException problem(Path file, String message) {
    return new KitException(List.of(Diagnostic.of(Shown.of(file.toString()), message)));
  }
}
