package org.logokit.format;

/**
 * A kind of output file, named by its extension as manifests and configs write it, with the
 * {@link Codec} of its family: adding a format is a package and a constant here.
 *
 * <pre>{@code
 * Format f = Format.of("png");       // Format.PNG; null for "PNG" or an extension logokit does not write
 * f.hasPixels();                     // true: its pixels can be decoded and compared
 * f.codec().facts(bytes).width();    // what a PNG says of itself
 * Format.sniff(bytes);               // the format the bytes start as, or null
 * }</pre>
 */
public enum Format {
  /** A raster image with its DPI in pHYs. */
  PNG("png", Kind.RASTER, () -> org.logokit.format.png.PngCodec.PNG),
  /** A Windows/web icon: PNG entries of 16 to 256 px. */
  ICO("ico", Kind.ICON, () -> org.logokit.format.icon.IconCodec.ICO),
  /** A macOS icon: PNG entries of 16 to 1024 px. */
  ICNS("icns", Kind.ICON, () -> org.logokit.format.icon.IconCodec.ICNS),
  /** A raster image for print, with resolution tags. */
  TIFF("tiff", Kind.RASTER, () -> org.logokit.format.tiff.TiffCodec.TIFF),
  /** One vector page for print. */
  PDF("pdf", Kind.VECTOR, () -> org.logokit.format.pdf.PdfCodec.PDF),
  /** A copy of the master: its hash is all there is to check. */
  SVG("svg", Kind.COPY, () -> null),
  /** The text files of icon sets: their hash is all there is to check. */
  JSON("json", Kind.TEXT, () -> null),
  XML("xml", Kind.TEXT, () -> null),
  HTML("html", Kind.TEXT, () -> null),
  WEBMANIFEST("webmanifest", Kind.TEXT, () -> null);

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
  // Looked up when first asked for, so a run loads only the codecs it uses.
  private final java.util.function.Supplier<Codec> codec;

  Format(String extension, Kind kind, java.util.function.Supplier<Codec> codec) {
    this.extension = extension;
    this.kind = kind;
    this.codec = codec;
  }

  /** The family's writer and readers; {@code null} for a copy or a text file. */
  public Codec codec() {
    return codec.get();
  }

  /**
   * The format whose files start as {@code file} does (PNG, ICO, ICNS, TIFF, PDF), or
   * {@code null}: what a committed file is, whatever its name says.
   */
  public static Format sniff(byte[] file) {
    for (Format f : values()) {
      Codec c = f.codec();
      if (c != null && c.sniff(file)) {
        return f;
      }
    }
    return null;
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
