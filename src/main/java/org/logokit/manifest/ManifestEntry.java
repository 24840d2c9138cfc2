package org.logokit.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One output file.
 *
 * @param path relative to the output folder, with '/'
 * @param master the master's file name, relative to the assets folder
 * @param masterSha256 of the master's bytes when this file was made
 * @param target the config's target, e.g. {@code 300dpi}
 * @param width pixels
 * @param height pixels
 * @param dpi the resolution in the file's pHYs
 * @param bytes the file's length
 * @param sha256 of the file's bytes
 * @param format {@code png}
 * @param scheme the colour scheme rendered, {@code light}
 */
@JsonPropertyOrder({"path", "master", "masterSha256", "target", "width", "height", "dpi",
    "bytes", "sha256", "format", "scheme"})
public record ManifestEntry(String path, String master, String masterSha256, String target,
    int width, int height, double dpi, long bytes, String sha256, String format, String scheme) {}
