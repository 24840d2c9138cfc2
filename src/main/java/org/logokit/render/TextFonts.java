package org.logokit.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.batik.bridge.CSSUtilities;
import org.apache.batik.css.engine.CSSStylableElement;
import org.apache.batik.css.engine.SVGCSSEngine;
import org.apache.batik.css.engine.StyleMap;
import org.apache.batik.css.engine.value.Value;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Which fonts a master's text asks for and does not get. Batik silently draws such text in a
 * fallback face, so a logo can come out in the wrong typeface with no message at all: each
 * first-choice family that is missing becomes a sentence naming it and the face used instead.
 */
final class TextFonts {
  private static final Set<String> TEXT =
      Set.of("text", "tspan", "textPath", "tref", "altGlyph");

  private TextFonts() {}

  /**
   * One sentence per missing family, in document order. Run after the tree is built, when
   * Batik's style engine has computed each element's {@code font-family}.
   */
  /** Whether the element is a text element of SVG with characters of its own. */
  static boolean isText(Element e) {
    return SVGConstants.SVG_NAMESPACE_URI.equals(e.getNamespaceURI())
        && TEXT.contains(e.getLocalName()) && hasOwnText(e);
  }

  static List<String> missing(Document doc, KitFonts fonts) {
    Set<String> out = new LinkedHashSet<>();
    NodeList all = doc.getElementsByTagNameNS(SVGConstants.SVG_NAMESPACE_URI, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (!TEXT.contains(e.getLocalName()) || !hasOwnText(e)) {
        continue;
      }
      List<String> families = families(e);
      if (families.isEmpty() || !asked(e) || fonts.has(families.get(0))) {
        continue;
      }
      String fallback = families.stream().filter(fonts::has).findFirst()
          .map(f -> "'" + org.logokit.text.Shown.of(f) + "'").orElse("Java's default font (SansSerif)");
      out.add("font-family '" + org.logokit.text.Shown.of(families.get(0)) + "' is not available: its "
          + "text is drawn in " + fallback + " instead");
    }
    return List.copyOf(out);
  }

  /** Whether the element has characters of its own to draw (not only in its children). */
  static boolean hasOwnText(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
          && !n.getNodeValue().isBlank()) {
        return true;
      }
    }
    return e.getLocalName().equals("tref");
  }

  /**
   * Whether the master names a {@code font-family} for this element or one it inherits from.
   * Text that names none gets Batik's initial value ({@code Arial}), which nobody asked for.
   */
  private static boolean asked(Element e) {
    for (Node n = e; n instanceof CSSStylableElement s; n = n.getParentNode()) {
      CSSUtilities.getComputedStyle(s, SVGCSSEngine.FONT_FAMILY_INDEX);
      StyleMap style = s.getComputedStyleMap(null);
      if (style != null && !style.isNullCascaded(SVGCSSEngine.FONT_FAMILY_INDEX)) {
        return true;
      }
    }
    return false;
  }

  /** The computed {@code font-family} list, in order. */
  private static List<String> families(Element e) {
    List<String> out = new ArrayList<>();
    Value v = CSSUtilities.getComputedStyle(e, SVGCSSEngine.FONT_FAMILY_INDEX);
    for (int i = 0; v != null && i < v.getLength(); i++) {
      out.add(v.item(i).getStringValue());
    }
    return out;
  }

  /** Whether this machine has any font at all; without one, Java cannot lay out text. */
  static boolean machineHasFonts() {
    try {
      // The logical fonts are always listed; drawing needs a physical one behind them.
      return new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplay('a');
    } catch (Error e) {
      return false; // "No physical fonts found", or the font manager failing to start
    }
  }

  /** Whether the document has any text to draw. */
  static boolean hasText(Document doc) {
    NodeList all = doc.getElementsByTagNameNS(SVGConstants.SVG_NAMESPACE_URI, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (TEXT.contains(e.getLocalName()) && hasOwnText(e)) {
        return true;
      }
    }
    return false;
  }
}
