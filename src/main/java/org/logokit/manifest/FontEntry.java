package org.logokit.manifest;

/**
 * A font file of the kit (its {@code fonts:}), as the manifest records it: outputs made with
 * other font bytes are stale.
 *
 * @param file relative to the assets folder, as the config names it
 * @param sha256 of its bytes, {@code null} when it could not be read
 */
public record FontEntry(String file, String sha256) {}
