package org.logokit.screen;

import java.io.StringReader;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Batik's document factory, but an external DTD or entity it has no bundled copy of resolves to
 * nothing instead of being fetched. The W3C SVG DOCTYPEs the XMPP masters carry still resolve to
 * Batik's own copies.
 */
public final class SafeDocumentFactory extends SAXSVGDocumentFactory {
  public SafeDocumentFactory() {
    super(null); // null: the JDK's parser, whose entity-expansion limits stop billion laughs
  }

  @Override
  public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
    InputSource bundled;
    try {
      bundled = super.resolveEntity(publicId, systemId);
    } catch (RuntimeException e) {
      bundled = null;
    }
    return bundled != null ? bundled : new InputSource(new StringReader(""));
  }
}
