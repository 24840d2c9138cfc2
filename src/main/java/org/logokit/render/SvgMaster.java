package org.logokit.render;

import org.logokit.screen.SvgException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.ext.awt.RenderingHintsKeyExt;
import org.apache.batik.gvt.GraphicsNode;
import org.logokit.plan.ContentBox;
import org.logokit.plan.IntrinsicSize;

/**
 * A master parsed and built once, ready to paint at any size. Not thread-safe: Batik does not
 * promise that one tree can be painted from two threads, so each thread loads its own.
 */
public final class SvgMaster {
  private final GraphicsNode root;
  private final IntrinsicSize size;
  // Held, not used: bridges may still consult their context while the tree paints.
  @SuppressWarnings({"unused", "FieldCanBeLocal"})
  private final BridgeContext context;
  private Optional<Rectangle2D> drawn;

  private final List<String> warnings;
  private final List<String> pdfWarnings;

  SvgMaster(GraphicsNode root, BridgeContext context, IntrinsicSize size,
      List<String> warnings, List<String> pdfWarnings) {
    this.root = root;
    this.context = context;
    this.size = size;
    this.warnings = List.copyOf(warnings);
    this.pdfWarnings = List.copyOf(pdfWarnings);
  }

  /** What its PDF, drawn as vectors, does not draw that its images do (a blend mode). */
  public List<String> pdfWarnings() {
    return pdfWarnings;
  }

  /**
   * What the master asks for and does not get, a sentence each: a {@code font-family} its text
   * asks for first (naming the face drawn instead), CSS the renderer does not draw
   * ({@code paint-order}, {@code vector-effect}, an unknown blend mode); empty when none.
   */
  public List<String> warnings() {
    return warnings;
  }

  /** Where the master puts paint, {@code null} when it draws nothing; worked out on first use. */
  private Rectangle2D drawn() {
    if (drawn == null) {
      drawn = Optional.ofNullable(DrawnBounds.of(root));
    }
    return drawn.orElse(null);
  }

  public IntrinsicSize size() {
    return size;
  }

  /**
   * Draws the master at its intrinsic size (one user unit to one unit of {@code g}) onto a
   * graphics that is not a raster, such as a PDF page's: shapes are handed on as shapes, so the
   * file keeps them as paths. Nothing is drawn behind it.
   */
  public void draw(Graphics2D g) throws SvgException {
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      root.paint(g);
    } catch (RuntimeException e) {
      throw new SvgException("drawing as vectors failed: " + SvgErrors.describe(e), e);
    } catch (StackOverflowError e) {
      throw new SvgException("too deeply nested for the renderer", e);
    }
  }

  /**
   * Paints the whole master into a new non-premultiplied ARGB image of {@code width} x
   * {@code height}, scaled from its intrinsic size.
   */
  public BufferedImage paint(int width, int height) throws SvgException {
    return paint(width, height, ContentBox.full(width, height));
  }

  /**
   * Paints the master into {@code content} of a new {@code width} x {@code height} canvas,
   * over its background.
   */
  public BufferedImage paint(int width, int height, ContentBox content) throws SvgException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      if (content.background() != 0) {
        g.setColor(new Color(content.background(), true));
        g.fillRect(0, 0, width, height);
      }
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING,
          RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      // Batik's filters look up the destination through this hint.
      g.setRenderingHint(RenderingHintsKeyExt.KEY_BUFFERED_IMAGE, new WeakReference<>(image));
      g.translate(content.x(), content.y());
      g.scale(content.width() / size.width(), content.height() / size.height());
      root.paint(g);
      BlankCanvas.check(image, content.background(), drawn(), size.width(),
          size.height());
    } catch (RuntimeException e) {
      throw new SvgException("painting at " + width + "x" + height + " failed: "
          + SvgErrors.describe(e), e);
    } catch (StackOverflowError e) {
      throw new SvgException("too deeply nested for the renderer", e);
    } finally {
      g.dispose();
    }
    return image;
  }
}
