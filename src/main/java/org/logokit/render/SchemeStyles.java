package org.logokit.render;

import org.apache.batik.util.SVGConstants;
import org.logokit.kit.Scheme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Applies a colour scheme to a document's {@code <style>} sheets before Batik reads them.
 *
 * <p>Batik's CSS parser understands media types only: it drops
 * {@code @media (prefers-color-scheme: dark)} and every rule after it in the same sheet. So each
 * sheet is rewritten first: {@code @media} blocks whose query holds for the scheme are unwrapped
 * in place (their rules keep their order, so they still win over earlier ones) and the others
 * are removed.
 */
final class SchemeStyles {
  private SchemeStyles() {}

  static void apply(Document doc, Scheme scheme) {
    NodeList styles = doc.getElementsByTagNameNS(SVGConstants.SVG_NAMESPACE_URI, "style");
    for (int i = 0; i < styles.getLength(); i++) {
      Element style = (Element) styles.item(i);
      String css = style.getTextContent();
      String rewritten = MediaQueries.resolve(css, scheme);
      if (!rewritten.equals(css)) {
        while (style.getFirstChild() != null) {
          style.removeChild(style.getFirstChild());
        }
        style.appendChild(doc.createCDATASection(rewritten));
      }
    }
  }
}
