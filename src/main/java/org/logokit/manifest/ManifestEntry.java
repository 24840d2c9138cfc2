package org.logokit.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

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
 * @param format {@code png}, {@code ico}, {@code icns}, {@code tiff}, {@code svg}, {@code pdf},
 *     or an icon set's text file's: {@code json}, {@code xml}, {@code html}, {@code webmanifest}
 * @param scheme the colour scheme rendered, {@code light} or {@code dark}
 * @param entries an icon's entry sizes, smallest first; absent for a PNG
 * @param title the variant's title for pages, when the config gives one
 * @param pages a PDF's page count (1); absent for other formats
 * @param pageWidth a PDF page's width in points (1/72 in); absent for other formats
 * @param pageHeight a PDF page's height in points; absent for other formats
 */
@JsonPropertyOrder({"path", "master", "masterSha256", "target", "width", "height", "dpi",
    "bytes", "sha256", "format", "scheme", "entries", "title", "pages", "pageWidth",
    "pageHeight"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String path, String master, String masterSha256, String target,
    int width, int height, double dpi, long bytes, String sha256, String format, String scheme,
    List<Integer> entries, String title, Integer pages, Double pageWidth, Double pageHeight) {
  /** The largest page a PDF may have: 200 inches, PDF's own limit, in points. */
  public static final double MAX_PDF_POINTS = 14400;


  public ManifestEntry(String path, String master, String masterSha256, String target,
      int width, int height, double dpi, long bytes, String sha256, String format,
      String scheme, List<Integer> entries, String title) {
    this(path, master, masterSha256, target, width, height, dpi, bytes, sha256, format, scheme,
        entries, title, null, null, null);
  }

  public ManifestEntry(String path, String master, String masterSha256, String target,
      int width, int height, double dpi, long bytes, String sha256, String format,
      String scheme, List<Integer> entries) {
    this(path, master, masterSha256, target, width, height, dpi, bytes, sha256, format, scheme,
        entries, null);
  }

  /** A PNG's entry. */
  public ManifestEntry(String path, String master, String masterSha256, String target,
      int width, int height, double dpi, long bytes, String sha256, String format,
      String scheme) {
    this(path, master, masterSha256, target, width, height, dpi, bytes, sha256, format, scheme,
        null);
  }

  public boolean isPng() {
    return "png".equals(format);
  }

  /** The text files of icon sets: no pixels, so width, height and DPI are 0. */
  public static final java.util.Set<String> TEXT_FORMATS = java.util.Set.of("json", "xml",
      "html", "webmanifest");

  /**
   * A file of an icon set: its target is the set's spec, then the file ({@code web
   * favicon.ico}); the platforms are kit/IconSets's.
   */
  @com.fasterxml.jackson.annotation.JsonIgnore // a question, not a field of the record
  public boolean isInIconSet() {
    String first = target == null ? "" : target.split(" ", 2)[0];
    return target != null && target.contains(" ")
        && (first.equals("web") || first.equals("ios") || first.equals("android"));
  }

  /** A text file of an icon set ({@code Contents.json}, {@code head.html}, ...). */
  @com.fasterxml.jackson.annotation.JsonIgnore // a question, not a field of the record
  public boolean isText() {
    return TEXT_FORMATS.contains(format);
  }
}
