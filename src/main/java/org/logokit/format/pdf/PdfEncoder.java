package org.logokit.format.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fop.pdf.PDFPage;
import org.apache.fop.svg.PDFDocumentGraphics2D;
import org.apache.xmlgraphics.java2d.GraphicContext;

/**
 * A one-page vector PDF for print, drawn through FOP's PDF {@code Graphics2D} (the one its PDF
 * transcoder for Batik draws on): shapes stay paths and text is drawn as shapes, so no font is
 * embedded. The page is {@code width} x {@code height} points, exactly (FOP's own page sizes
 * are whole points). The bytes are reproducible: see {@link PdfStamp}.
 *
 * <pre>{@code
 * byte[] pdf = PdfEncoder.encode(150, 150, 0.75, g -> master.draw(g));
 * }</pre>
 */
public final class PdfEncoder {
  private PdfEncoder() {}

  /** What goes on the page, drawn in the caller's units. */
  public interface Drawing<E extends Exception> {
    void draw(Graphics2D g) throws E;
  }

  /** FOP's own resolution for what must become an image (a filter's result): print quality. */
  public static final double RASTER_DPI = 300;

  /** As below, with the parts that cannot stay vectors at {@link #RASTER_DPI}. */
  public static <E extends Exception> byte[] encode(double width, double height, double scale,
      Drawing<E> drawing) throws E {
    return encode(width, height, scale, RASTER_DPI, drawing);
  }

  /**
   * @param width the page's width in points
   * @param height the page's height in points
   * @param scale points per unit of the drawing (0.75 for CSS px)
   * @param rasterDpi the resolution of what cannot stay vectors (filters, masks): Batik paints
   *     those parts as images at this resolution, within the page, which the drawing is
   *     clipped to
   */
  public static <E extends Exception> byte[] encode(double width, double height, double scale,
      double rasterDpi, Drawing<E> drawing) throws E {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Page g = new Page();
    g.setGraphicContext(new GraphicContext());
    g.getPDFDocument().getInfo().setProducer("logokit (Apache FOP)");
    int wholeHeight = (int) Math.ceil(height);
    try {
      g.setDeviceDPI((float) rasterDpi);
      g.setupDocument(out, (int) Math.ceil(width), wholeHeight);
      g.start(); // a master that draws nothing still makes its page
      // FOP flips its page at the whole-point height: move the drawing down by the difference
      // so that its top is the top of the exact page set below.
      g.translate(0, wholeHeight - height);
      g.scale(scale, scale);
      // Nothing is painted off the page: a filter's region may be far larger than the art.
      g.clip(new Rectangle2D.Double(0, 0, width / scale, height / scale));
      drawing.draw(g);
      Rectangle2D box = new Rectangle2D.Double(0, 0, width, height);
      PDFPage page = g.getPDFContext().getCurrentPage();
      page.setMediaBox(box);
      page.setCropBox(box);
      page.setBleedBox(box);
      page.setTrimBox(box);
      g.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    } finally {
      g.dispose();
    }
    return PdfStamp.reproducible(out.toByteArray());
  }

  /** Starts the page before anything is drawn (FOP starts it on the first shape). */
  private static final class Page extends PDFDocumentGraphics2D {
    Page() {
      super(true); // text as shapes: nothing depends on the fonts of the machine that opens it
    }

    void start() {
      preparePainting();
    }
  }
}
