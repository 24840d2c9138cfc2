package org.logokit.screen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.util.SVGConstants;
import org.logokit.kit.Limits;
import org.logokit.plan.IntrinsicSize;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A master's intrinsic size from its root element alone, for {@code check} and a no-op
 * {@code render}, which compare each manifest record with what the kit plans without building
 * anything: the XML is read up to the root's start tag, with the parser and settings the screen
 * uses, so its {@code width}, {@code height} and {@code viewBox} are the values the renderer
 * reads ({@link IntrinsicSizes}); nothing after the root's start tag is read. Whether the master
 * renders at all is for {@code render} and {@code check --pixels} to find out.
 */
public final class DeclaredSize {
  private DeclaredSize() {}

  /** @throws SvgException when the root cannot be read or declares no usable size */
  public static IntrinsicSize of(byte[] svg, Limits limits) throws SvgException {
    byte[] xml = SvgScreen.inflate(svg, limits.maxInputBytes());
    Root root = new Root();
    try {
      SvgScreen.parser().parse(new InputSource(new ByteArrayInputStream(xml)), root);
    } catch (Found found) {
      // the root's start tag was read
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new SvgException("not readable as XML: "
          + org.logokit.text.Shown.of(e.getMessage()));
    }
    if (!root.seen) {
      throw new SvgException("not an SVG document: no root element");
    }
    if (!root.svg) {
      throw new SvgException("not an SVG document: the root element is not <svg> in the SVG "
          + "namespace");
    }
    return IntrinsicSizes.of(root.width, root.height, root.viewBox);
  }

  /** Thrown once the root's start tag is read: nothing more is parsed. */
  private static final class Found extends SAXException {
    Found() {
      super("root read", null);
    }
  }

  private static final class Root extends DefaultHandler {
    boolean seen;
    boolean svg;
    String width;
    String height;
    String viewBox;

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new java.io.StringReader("")); // nothing is ever fetched
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a)
        throws SAXException {
      seen = true;
      svg = SVGConstants.SVG_NAMESPACE_URI.equals(uri) && "svg".equals(localName);
      width = a.getValue("", "width");
      height = a.getValue("", "height");
      viewBox = a.getValue("", "viewBox");
      throw new Found();
    }
  }
}
