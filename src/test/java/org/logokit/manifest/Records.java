package org.logokit.manifest;

import org.logokit.format.Format;

/** Manifest records for tests, as this build of logokit writes them. */
public final class Records {
  private Records() {}

  /** A light-scheme PNG record of an {@code own}-size {@code width} x {@code height} render. */
  public static ManifestEntry png(String path, String master, int width, int height) {
    return ManifestEntry.builder(path).master(master, "ab".repeat(32)).target("own")
        .image(width, height, 96).file(10, "cd".repeat(32)).format(Format.PNG, "fast")
        .scheme("light").build();
  }
}
