package org.logokit.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.logokit.format.Format;

/**
 * One output file. Made with {@link #builder(String)}:
 *
 * <pre>{@code
 * ManifestEntry e = ManifestEntry.builder("a/a-64px.png").master("a.svg", sha).target("64px")
 *     .image(64, 64, 30.72).file(1234, fileSha).format(Format.PNG, "fast").scheme("light")
 *     .build();
 * }</pre>
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
 * @param format a {@link Format}'s extension: {@code png}, {@code ico}, {@code icns},
 *     {@code tiff}, {@code svg}, {@code pdf}, or an icon set's text file's: {@code json},
 *     {@code xml}, {@code html}, {@code webmanifest}
 * @param scheme the colour scheme rendered, {@code light} or {@code dark}
 * @param entries an icon's entry sizes, smallest first; absent for a PNG
 * @param title the variant's title for pages, when the config gives one
 * @param pages a PDF's page count (1); absent for other formats
 * @param pageWidth a PDF page's width in points (1/72 in); absent for other formats
 * @param pageHeight a PDF page's height in points; absent for other formats
 * @param renderer what made the file's pixels ({@link BuildInfo#renderer})
 * @param encoder what made its bytes from those pixels ({@link BuildInfo#encoder})
 */
@JsonPropertyOrder({"path", "master", "masterSha256", "target", "width", "height", "dpi",
    "bytes", "sha256", "format", "scheme", "entries", "title", "pages", "pageWidth",
    "pageHeight", "renderer", "encoder"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String path, String master, String masterSha256, String target,
    int width, int height, double dpi, long bytes, String sha256, String format, String scheme,
    List<Integer> entries, String title, Integer pages, Double pageWidth, Double pageHeight,
    String renderer, String encoder) {
  /** The largest page a PDF may have: 200 inches, PDF's own limit, in points. */
  public static final double MAX_PDF_POINTS = 14400;

  /** A record of the file at {@code path}, its fields given one group at a time. */
  public static Builder builder(String path) {
    return new Builder(path);
  }

  /** This record with its fields given again, e.g. to change one. */
  public Builder toBuilder() {
    Builder b = builder(path).master(master, masterSha256).target(target)
        .image(width, height, dpi).file(bytes, sha256).scheme(scheme).entries(entries)
        .title(title).made(renderer, encoder);
    b.format = format;
    return pages == null ? b : b.pdf(pages, pageWidth, pageHeight);
  }

  /** The record's format, or {@code null} when it names none logokit writes. */
  @JsonIgnore // a question, not a field of the record
  public Format formatType() {
    return Format.of(format);
  }

  @JsonIgnore // a question, not a field of the record
  public boolean isPng() {
    return formatType() == Format.PNG;
  }

  /** A text file of an icon set ({@code Contents.json}, {@code head.html}, ...). */
  @JsonIgnore // a question, not a field of the record
  public boolean isText() {
    return formatType() != null && formatType().kind() == Format.Kind.TEXT;
  }

  /** The fields of a {@link ManifestEntry}, by group. */
  public static final class Builder {
    private final String path;
    private String master;
    private String masterSha256;
    private String target;
    private int width;
    private int height;
    private double dpi;
    private long bytes;
    private String sha256;
    private String format;
    private String scheme;
    private List<Integer> entries;
    private String title;
    private Integer pages;
    private Double pageWidth;
    private Double pageHeight;
    private String renderer;
    private String encoder;

    private Builder(String path) {
      this.path = path;
    }

    public Builder master(String file, String sha256) {
      this.master = file;
      this.masterSha256 = sha256;
      return this;
    }

    public Builder target(String spec) {
      this.target = spec;
      return this;
    }

    /** Pixels and DPI; all 0 for a text file. */
    public Builder image(int width, int height, double dpi) {
      this.width = width;
      this.height = height;
      this.dpi = dpi;
      return this;
    }

    public Builder file(long bytes, String sha256) {
      this.bytes = bytes;
      this.sha256 = sha256;
      return this;
    }

    /**
     * The format, and the renderer and encoder this build of logokit makes it with in the
     * kit's {@code encoding}.
     */
    public Builder format(Format format, String encoding) {
      return format(format, encoding, false);
    }

    /** @param iconSet whether the file is an icon set's ({@link BuildInfo#renderer}) */
    public Builder format(Format format, String encoding, boolean iconSet) {
      this.format = format.extension();
      return made(BuildInfo.renderer(format, iconSet), BuildInfo.encoder(format, encoding));
    }

    /** What made the file, as recorded (another build's, say). */
    public Builder made(String renderer, String encoder) {
      this.renderer = renderer;
      this.encoder = encoder;
      return this;
    }

    public Builder scheme(String scheme) {
      this.scheme = scheme;
      return this;
    }

    /** An icon's entry sizes, smallest first. */
    public Builder entries(List<Integer> sizes) {
      this.entries = sizes;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** A PDF's page count and page size in points. */
    public Builder pdf(int pages, double width, double height) {
      this.pages = pages;
      this.pageWidth = width;
      this.pageHeight = height;
      return this;
    }

    public ManifestEntry build() {
      return new ManifestEntry(path, master, masterSha256, target, width, height, dpi, bytes,
          sha256, format, scheme, entries, title, pages, pageWidth, pageHeight, renderer,
          encoder);
    }
  }
}
