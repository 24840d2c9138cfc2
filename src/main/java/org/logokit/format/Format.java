package org.logokit.format;

/**
 * A kind of output file, named by its extension as manifests and configs write it.
 *
 * <pre>{@code
 * Format f = Format.of("png");   // Format.PNG; null for "PNG" or an extension logokit does not write
 * f.hasPixels();                 // true: its pixels can be decoded and compared
 * }</pre>
 */
public enum Format {
  /** A raster image with its DPI in pHYs. */
  PNG("png", Kind.RASTER),
  /** A Windows/web icon: PNG entries of 16 to 256 px. */
  ICO("ico", Kind.ICON),
  /** A macOS icon: PNG entries of 16 to 1024 px. */
  ICNS("icns", Kind.ICON),
  /** A raster image for print, with resolution tags. */
  TIFF("tiff", Kind.RASTER),
  /** One vector page for print. */
  PDF("pdf", Kind.VECTOR),
  /** A copy of the master. */
  SVG("svg", Kind.COPY),
  /** The text files of icon sets. */
  JSON("json", Kind.TEXT),
  XML("xml", Kind.TEXT),
  HTML("html", Kind.TEXT),
  WEBMANIFEST("webmanifest", Kind.TEXT);

  /** What a file of the format holds. */
  public enum Kind {
    /** One image. */
    RASTER,
    /** Several square images. */
    ICON,
    /** Drawing commands. */
    VECTOR,
    /** The master's bytes. */
    COPY,
    /** Text a platform reads, made from an icon set's file list. */
    TEXT
  }

  private final String extension;
  private final Kind kind;

  Format(String extension, Kind kind) {
    this.extension = extension;
    this.kind = kind;
  }

  /** The file-name extension without its dot, e.g. {@code png}: also the manifest's name. */
  public String extension() {
    return extension;
  }

  public Kind kind() {
    return kind;
  }

  /** Raster and icon files: pixels to decode and compare, a size, a DPI. */
  public boolean hasPixels() {
    return kind == Kind.RASTER || kind == Kind.ICON;
  }

  /**
   * The format of an extension as logokit writes it, lower case ({@code png}), or {@code null}
   * for any other string.
   */
  public static Format of(String extension) {
    for (Format f : values()) {
      if (f.extension.equals(extension)) {
        return f;
      }
    }
    return null;
  }
}
