package org.logokit.render;

import org.logokit.screen.IntrinsicSizes;
import org.logokit.screen.SafeDocumentFactory;
import org.logokit.screen.SvgException;
import org.logokit.screen.SvgScreen;
import org.logokit.screen.XmlDepth;
import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.SVGConstants;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.plan.IntrinsicSize;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;

/**
 * Loads a master: screens it ({@link SvgScreen}), parses the XML, reads its intrinsic size, and
 * builds Batik's graphics tree once, in the static (no scripting, no animation) state.
 *
 * <pre>{@code
 * SvgMaster logo = SvgLoader.load(bytes, path.toUri().toString(), Limits.DEFAULT);
 * BufferedImage png = logo.paint(512, 512);
 * }</pre>
 */
public final class SvgLoader {
  private SvgLoader() {}

  static {
    XmlDepth.lift(); // before any parser is made
  }

  /**
   * @param svg the file's bytes (gzip-compressed or not)
   * @param uri the file's URI, the base Batik resolves references against (they are all refused
   *     but for {@code data:} and same-document ones)
   * @param limits the budgets the master must fit
   */
  public static SvgMaster load(byte[] svg, String uri, Limits limits) throws SvgException {
    return load(svg, uri, limits, Scheme.LIGHT);
  }

  /**
   * @param scheme the colour scheme whose {@code @media (prefers-color-scheme)} rules apply
   */
  public static SvgMaster load(byte[] svg, String uri, Limits limits, Scheme scheme)
      throws SvgException {
    return load(svg, uri, limits, scheme, new Phases());
  }

  /** As above, adding the time of each stage to {@code phases}. */
  public static SvgMaster load(byte[] svg, String uri, Limits limits, Scheme scheme,
      Phases phases) throws SvgException {
    return load(svg, uri, limits, scheme, phases, KitFonts.NONE);
  }

  /** As above, with the kit's own fonts looked up before the machine's. */
  public static SvgMaster load(byte[] svg, String uri, Limits limits, Scheme scheme,
      Phases phases, KitFonts fonts) throws SvgException {
    return load(svg, uri, limits, scheme, phases, fonts, true);
  }

  static SvgMaster load(byte[] svg, String uri, Limits limits, Scheme scheme, Phases phases,
      boolean nestedClipFix) throws SvgException {
    return load(svg, uri, limits, scheme, phases, KitFonts.NONE, nestedClipFix);
  }

  /**
   * @param nestedClipFix build {@code <clipPath>}s with {@link ClipPathBridge}; {@code false}
   *     only for tests that need Batik's own blank renders
   */
  static SvgMaster load(byte[] svg, String uri, Limits limits, Scheme scheme, Phases phases,
      KitFonts fonts, boolean nestedClipFix) throws SvgException {
    long t = System.nanoTime();
    byte[] xml = SvgScreen.screen(svg, limits);
    t = phases.lap(Phases.Phase.SCREEN, t);
    SVGDocument doc = parse(xml, uri);
    SchemeStyles.apply(doc, scheme);
    t = phases.lap(Phases.Phase.PARSE, t);
    Element root = doc.getRootElement();
    if (root == null || !SVGConstants.SVG_NAMESPACE_URI.equals(root.getNamespaceURI())
        || !"svg".equals(root.getLocalName())) {
      throw new SvgException("not an SVG document: the root element is not <svg> in the SVG "
          + "namespace");
    }
    IntrinsicSize size = IntrinsicSizes.of(attr(root, "width"), attr(root, "height"),
        attr(root, "viewBox"));
    if (TextFonts.hasText(doc) && !TextFonts.machineHasFonts()) {
      throw new SvgException("draws text, but this machine has no fonts at all: install one "
          + "(on Debian, fonts-dejavu-core)");
    }
    LockedUserAgent agent = new LockedUserAgent(new Viewport(size), fonts);
    BridgeContext ctx = nestedClipFix ? new FixedBridgeContext(agent)
        : new BridgeContext(agent, new DocumentLoader(agent));
    ctx.setDynamicState(BridgeContext.STATIC);
    try {
      CompositingBuilder builder = new CompositingBuilder();
      GraphicsNode tree = builder.build(ctx, doc);
      List<String> warnings = new java.util.ArrayList<>(TextFonts.missing(doc, fonts));
      warnings.addAll(builder.warnings());
      phases.lap(Phases.Phase.BUILD, t);
      return new SvgMaster(tree, ctx, size, warnings, builder.pdfWarnings());
    } catch (RuntimeException e) {
      ctx.dispose();
      throw new SvgException(SvgErrors.describe(e), e);
    } catch (StackOverflowError e) {
      ctx.dispose();
      throw new SvgException("too deeply nested for the renderer", e);
    }
  }

  /**
   * A master's intrinsic size alone: screened and parsed as for rendering, but no graphics tree
   * is built (for {@code import}, which only needs sizes).
   */
  public static IntrinsicSize intrinsicSize(byte[] svg, String uri, Limits limits)
      throws SvgException {
    SVGDocument doc = parse(SvgScreen.screen(svg, limits), uri);
    Element root = doc.getRootElement();
    if (root == null || !SVGConstants.SVG_NAMESPACE_URI.equals(root.getNamespaceURI())
        || !"svg".equals(root.getLocalName())) {
      throw new SvgException("not an SVG document: the root element is not <svg> in the SVG "
          + "namespace");
    }
    return IntrinsicSizes.of(attr(root, "width"), attr(root, "height"), attr(root, "viewBox"));
  }

  /**
   * Whether loading the master could warn: it has text (whose font may be missing), or names a
   * CSS property the loader warns about, in a style sheet, a style attribute or an attribute of
   * its own (read from the parsed document, so comments, CDATA sections, character references
   * and other encodings cannot split or hide a name; a backslash in CSS may be an escape that
   * spells one). {@code false} for a master that does not parse: rendering reports it. What
   * {@code check} loads in full, so that it says what {@code render --strict} fails.
   */
  public static boolean mayWarn(byte[] svg, String uri, Limits limits) {
    SVGDocument doc;
    try {
      doc = parse(SvgScreen.screen(svg, limits), uri);
    } catch (SvgException e) {
      return false;
    }
    org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (TextFonts.isText(e) || CompositingBuilder.mentions(e.getLocalName() != null
          && e.getLocalName().equals("style") ? e.getTextContent() : null)) {
        return true;
      }
      org.w3c.dom.NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        org.w3c.dom.Node attr = attrs.item(a);
        String name = attr.getLocalName() == null ? attr.getNodeName() : attr.getLocalName();
        if (CompositingBuilder.mentions(name) || (name.equals("style")
            && CompositingBuilder.mentions(attr.getNodeValue()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static SVGDocument parse(byte[] svg, String uri) throws SvgException {
    CompositingBuilder.install(); // before the document's CSS engine is made
    try {
      return new SafeDocumentFactory().createSVGDocument(uri, new ByteArrayInputStream(svg));
    } catch (IOException | RuntimeException e) {
      String reason = SvgErrors.describe(e);
      if (reason.startsWith("Root element namespace does not match")) {
        throw new SvgException("not an SVG document: the root element is not in the SVG "
            + "namespace (add xmlns=\"http://www.w3.org/2000/svg\" to it)", e);
      }
      throw new SvgException(reason.startsWith("not well-formed") ? reason
          : "not an SVG document: " + reason, e);
    }
  }

  private static String attr(Element e, String name) {
    return e.hasAttribute(name) ? e.getAttribute(name) : null;
  }

  /** A Dimension2D of the intrinsic size; AWT has no public double-precision one. */
  private static final class Viewport extends Dimension2D {
    private double width;
    private double height;

    Viewport(IntrinsicSize size) {
      this.width = size.width();
      this.height = size.height();
    }

    @Override
    public double getWidth() {
      return width;
    }

    @Override
    public double getHeight() {
      return height;
    }

    @Override
    public void setSize(double width, double height) {
      this.width = width;
      this.height = height;
    }
  }
}
