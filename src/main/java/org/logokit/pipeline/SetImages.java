package org.logokit.pipeline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.IdentityHashMap;
import java.util.Map;
import org.logokit.kit.Target;
import org.logokit.plan.ContentBox;
import org.logokit.plan.OutputJob;
import org.logokit.render.SvgMaster;
import org.logokit.screen.SvgException;

/**
 * What an icon set's image files need beyond painting the master into its box: a flat layer, a
 * master fitted by what it draws into a circle (a mask's safe zone), a silhouette, a round icon,
 * the dark scheme and its tinted grey. One per master and scheme painted: it measures each
 * loaded master's drawing once.
 */
final class SetImages {
  /** The side of the render that measures what a master draws. */
  static final int PROBE = 1024;

  /** Loads the master in its dark scheme, when a file asks for it. */
  interface DarkMaster {
    SvgMaster load() throws SvgException;
  }

  private final SvgMaster loaded;
  private final DarkMaster darkLoader;
  private final long maxPixels;
  private SvgMaster dark;
  private final Map<SvgMaster, Extent> extents = new IdentityHashMap<>();

  /**
   * @param loaded the master in the scheme being painted
   * @param dark loads it in its dark scheme (the same master when that is the scheme painted)
   * @param maxPixels the kit's budget per output, which the measuring render keeps to
   */
  SetImages(SvgMaster loaded, DarkMaster dark, long maxPixels) {
    this.loaded = loaded;
    this.darkLoader = dark;
    this.maxPixels = maxPixels;
  }

  static boolean isFill(Target t) {
    return t instanceof Target.SetFile f && f.kind() == Target.SetFile.Kind.FILL;
  }

  /** The job's image: the master in its box, or as its set file's kind says. */
  BufferedImage paint(OutputJob job) throws SvgException {
    if (!(job.target() instanceof Target.SetFile f)) {
      return loaded.paint(job.width(), job.height(), job.content());
    }
    SvgMaster master = f.kind() == Target.SetFile.Kind.DARK
        || f.kind() == Target.SetFile.Kind.TINTED ? dark() : loaded;
    ContentBox box = f.inCircle() ? inCircle(master, job, f.circle()) : job.content();
    return switch (f.kind()) {
      case FILL -> fill(job);
      case SILHOUETTE -> silhouette(master.paint(job.width(), job.height(), box));
      case ROUND -> round(master.paint(job.width(), job.height(), new ContentBox(box.x(),
          box.y(), box.width(), box.height(), 0)), job.content().background());
      case TINTED -> tinted(master.paint(job.width(), job.height(), box));
      default -> master.paint(job.width(), job.height(), box);
    };
  }

  private SvgMaster dark() throws SvgException {
    if (dark == null) {
      dark = darkLoader.load();
    }
    return dark;
  }

  /**
   * What a master draws, measured on a render fitted into {@link #PROBE} px: the centre of the
   * box round its drawn pixels, and the farthest corner of any drawn pixel from it, in the
   * probe's pixels; {@code box} is where the master's own box lay in the probe.
   */
  record Extent(ContentBox box, double cx, double cy, double radius) {}

  Extent extent(SvgMaster master) throws SvgException {
    Extent known = extents.get(master);
    if (known != null) {
      return known;
    }
    int side = (int) Math.min(PROBE, Math.floor(Math.sqrt(maxPixels)));
    ContentBox box = ContentBox.fit(master.size(), side, side, 0, 0);
    BufferedImage probe = master.paint(side, side, box);
    int[] argb = ((DataBufferInt) probe.getRaster().getDataBuffer()).getData();
    int minX = side;
    int minY = side;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        if (argb[y * side + x] >>> 24 != 0) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    Extent e;
    if (maxX < 0) {
      e = new Extent(box, side / 2.0, side / 2.0, side / 2.0); // draws nothing: its box
    } else {
      double cx = (minX + maxX + 1) / 2.0;
      double cy = (minY + maxY + 1) / 2.0;
      double r2 = 0;
      for (int y = minY; y <= maxY; y++) {
        double dy = Math.max(Math.abs(y - cy), Math.abs(y + 1 - cy));
        for (int x = minX; x <= maxX; x++) {
          if (argb[y * side + x] >>> 24 != 0) {
            double dx = Math.max(Math.abs(x - cx), Math.abs(x + 1 - cx));
            r2 = Math.max(r2, dx * dx + dy * dy);
          }
        }
      }
      e = new Extent(box, cx, cy, Math.sqrt(r2));
    }
    extents.put(master, e);
    return e;
  }

  /**
   * Where the master goes so that everything it draws lies in the centred circle of
   * {@code circle} times the canvas's side, as large as that allows: the drawing's own centre
   * at the canvas's centre.
   */
  private ContentBox inCircle(SvgMaster master, OutputJob job, double circle)
      throws SvgException {
    Extent e = extent(master);
    int side = Math.min(job.width(), job.height());
    double k = circle * side / e.radius(); // canvas pixels per probe pixel
    ContentBox b = e.box();
    return new ContentBox(job.width() / 2.0 - (e.cx() - b.x()) * k,
        job.height() / 2.0 - (e.cy() - b.y()) * k, b.width() * k, b.height() * k,
        job.content().background());
  }

  /** The job's canvas in its background colour alone: an adaptive icon's background layer. */
  static BufferedImage fill(OutputJob job) {
    BufferedImage image = new BufferedImage(job.width(), job.height(),
        BufferedImage.TYPE_INT_ARGB);
    java.util.Arrays.fill(((DataBufferInt) image.getRaster().getDataBuffer()).getData(),
        job.content().background());
    return image;
  }

  /** Every pixel white at the master's alpha: the shape, which a themed launcher colours. */
  static BufferedImage silhouette(BufferedImage image) {
    int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < argb.length; i++) {
      int a = argb[i] >>> 24;
      argb[i] = a == 0 ? 0 : a << 24 | 0xffffff;
    }
    return image;
  }

  /** A circle of {@code background} filling the canvas, the master over it, clear around. */
  static BufferedImage round(BufferedImage master, int background) {
    int w = master.getWidth();
    int h = master.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(new Color(background, true));
      g.fill(new Ellipse2D.Double(0, 0, w, h));
      g.drawImage(master, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * The image in grey on black, opaque, stretched so its lightest grey is white: iOS's tinted
   * appearance, whose luminance the system colours. A dark-scheme render is light artwork, so
   * its detail survives; a one-colour mark becomes white.
   */
  static BufferedImage tinted(BufferedImage image) {
    int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    double[] lum = new double[argb.length];
    double max = 0;
    for (int i = 0; i < argb.length; i++) {
      int p = argb[i];
      double l = (0.2126 * ((p >>> 16) & 255) + 0.7152 * ((p >>> 8) & 255)
          + 0.0722 * (p & 255)) * (p >>> 24) / 255.0;
      lum[i] = l;
      max = Math.max(max, l);
    }
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_RGB);
    int[] rgb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < rgb.length; i++) {
      int v = max == 0 ? 0 : (int) Math.round(lum[i] * 255 / max);
      rgb[i] = v << 16 | v << 8 | v;
    }
    return out;
  }

  /**
   * Whether the file is written as 8-bit RGBA even where every pixel is opaque, which the PNG
   * encoder would otherwise write as RGB or a palette (Google Play's 32-bit PNG icon).
   */
  static boolean keepsAlphaChannel(Target t) {
    return t instanceof Target.SetFile f && f.kind() == Target.SetFile.Kind.OPAQUE_RGBA;
  }

  /**
   * The image with no alpha channel when its file must have none (Apple's icons: a PNG with one
   * is refused by App Store validation even when every pixel is opaque); else as it is.
   */
  static BufferedImage opaqueIfAsked(Target t, BufferedImage image) {
    if (keepsAlphaChannel(t)) {
      return image;
    }
    if (!(t instanceof Target.SetFile f) || f.kind() != Target.SetFile.Kind.OPAQUE
        || image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(image, 0, 0, null); // drawn over black; the canvas is opaque already
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
