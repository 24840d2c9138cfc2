package org.logokit.screen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import org.logokit.text.Shown;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.logokit.kit.Limits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A cheap pass over a master's XML before Batik sees it, refusing what a logo never needs and an
 * attacker would use. Refused, each with a message naming it:
 *
 * <ul>
 *   <li>references to anything but {@code #fragment}s of the same file and {@code data:} URIs,
 *       in {@code href}s and in CSS {@code url()}s, escapes decoded ({@code <a>} links are
 *       never followed, so they may point anywhere); CSS {@code @import}; {@code xml-stylesheet}
 *       PIs; XInclude;
 *   <li>{@code <script>} of any type and {@code on*} event attributes;
 *   <li>external and parameter entities, and internal entities that could expand (longer than
 *       1 KiB or referring to others). A DOCTYPE's external DTD is allowed but never fetched,
 *       here or by Batik: old editors wrote many;
 *   <li>more nesting or elements than the {@link Limits} allow, counting every {@code <use>}
 *       and {@code url(#...)} expansion, and reference cycles;
 *   <li>embedded images whose header claims more pixels than one output may have; embedded SVGs
 *       are screened in turn;
 *   <li>filter parameters whose cost has no sane bound (huge morphology radii, octaves, kernels);
 *   <li>gzip streams (.svgz, or gzip under an .svg name) that inflate past the input budget.
 * </ul>
 */
public final class SvgScreen {
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  private static final int MAX_NESTED_SVG = 2;

  private SvgScreen() {}

  static {
    XmlDepth.lift(); // before any parser is made
  }

  /**
   * @return the XML to parse: {@code svg} itself, or its gzip stream inflated
   * @throws SvgException naming the first thing refused
   */
  public static byte[] screen(byte[] svg, Limits limits) throws SvgException {
    return screen(svg, limits, 0);
  }

  static byte[] screen(byte[] svg, Limits limits, int nesting) throws SvgException {
    byte[] xml = inflate(svg, limits.maxInputBytes());
    sniff(xml);
    ScreenHandler handler = new ScreenHandler(limits, nesting);
    try {
      XMLReader reader = parser().getXMLReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.setEntityResolver(handler);
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
      reader.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (Refused r) {
      throw new SvgException(r.getMessage());
    } catch (SAXParseException e) {
      // The parser's words may quote the document: escaped, so the message stays one line.
      throw new SvgException("not well-formed XML (line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + "): " + Shown.of(e.getMessage()));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new SvgException("not readable as XML: " + Shown.of(e.getMessage()));
    }
    handler.references.check(limits.maxElements());
    return xml;
  }

  static SAXParser parser() throws ParserConfigurationException, SAXException {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    // Entity-expansion and size limits of the JDK's parser, and never a fetched DTD.
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return f.newSAXParser();
  }

  /** Inflates a gzip stream, but never past {@code max} bytes. */
  static byte[] inflate(byte[] bytes, long max) throws SvgException {
    if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] out = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (out.length > max) {
        throw new SvgException("gzip stream inflates to more than the input budget of " + max
            + " bytes");
      }
      return out;
    } catch (IOException e) {
      throw new SvgException("broken gzip stream: " + e.getMessage());
    }
  }

  /** Names the format of a file that is plainly not XML, for a clearer message. */
  private static void sniff(byte[] b) throws SvgException {
    String kind = startsWith(b, 0x89, 'P', 'N', 'G') ? "a PNG image"
        : startsWith(b, 0xff, 0xd8, 0xff) ? "a JPEG image"
        : startsWith(b, 'G', 'I', 'F', '8') ? "a GIF image"
        : startsWith(b, '%', 'P', 'D', 'F') ? "a PDF document"
        : startsWith(b, 'P', 'K', 3, 4) ? "a ZIP archive"
        : null;
    if (kind != null) {
      throw new SvgException("not an SVG document: this is " + kind);
    }
    if (b.length == 0) {
      throw new SvgException("the file is empty");
    }
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A refusal, thrown through the SAX parser and turned into an {@link SvgException}. */
  static final class Refused extends SAXException {
    Refused(String message) {
      super(message);
    }
  }

  private static final class ScreenHandler extends DefaultHandler2 implements DeclHandler {
    private final Limits limits;
    private final int nesting;
    final ReferenceGraph references = new ReferenceGraph();
    private int depth;
    private int elements;
    private int entities;
    private StringBuilder style;

    ScreenHandler(Limits limits, int nesting) {
      this.limits = limits;
      this.nesting = nesting;
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri,
        String systemId) {
      return new InputSource(new StringReader("")); // nothing is ever fetched
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return resolveEntity(null, publicId, null, systemId);
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
      if (name.startsWith("%")) {
        throw new Refused("declares a parameter entity (" + name + ")");
      }
      if (++entities > 64 || value.length() > 1024 || value.indexOf('&') >= 0) {
        throw new Refused("declares entities that could expand without bound (entity '" + name
            + "'): only a few short plain entities are allowed");
      }
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId)
        throws SAXException {
      // The system id is the document's own text, line breaks and all: shown escaped.
      throw new Refused("declares an external entity '" + name + "' (" + Shown.of(systemId)
          + ")");
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      if (target.equalsIgnoreCase("xml-stylesheet")) {
        throw new Refused("has an xml-stylesheet processing instruction: stylesheets must be "
            + "inside the file");
      }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      if (++depth > limits.maxDepth()) {
        throw new Refused("nests elements deeper than the budget of " + limits.maxDepth());
      }
      if (++elements > limits.maxElements()) {
        throw new Refused("has more than the budget of " + limits.maxElements() + " elements");
      }
      if (XINCLUDE.equals(uri)) {
        throw new Refused("uses XInclude (<" + qName + ">)");
      }
      if (local.equals("script")) {
        throw new Refused("contains a <script> element: scripts are not allowed in masters");
      }
      references.open(atts.getValue("id"));
      for (int i = 0; i < atts.getLength(); i++) {
        attribute(local, atts.getURI(i), atts.getLocalName(i), atts.getValue(i));
      }
      if (local.equals("style")) {
        style = new StringBuilder();
      }
    }

    private void attribute(String element, String uri, String name, String value)
        throws SAXException {
      if (uri.isEmpty() && name.toLowerCase(Locale.ROOT).startsWith("on")) {
        throw new Refused("has an event handler attribute (" + name + " on <" + element
            + ">): scripts are not allowed in masters");
      }
      if (name.equals("href") && (uri.isEmpty() || uri.equals(XLINK))) {
        if (!element.equals("a")) {
          reference(element, value.strip());
        }
        return;
      }
      if (name.equals("style") || value.indexOf('(') >= 0) {
        css(element, value);
      }
      FilterBounds.check(element, name, value);
    }

    /** An href or url() target: a fragment, or a data: URI that is itself screened. */
    private void reference(String element, String target) throws SAXException {
      if (target.startsWith("#")) {
        references.refer(target.substring(1));
        return;
      }
      if (target.regionMatches(true, 0, "data:", 0, 5)) {
        try {
          DataUris.check(target, limits, nesting < MAX_NESTED_SVG
              ? svg -> screen(svg, limits, nesting + 1) : null);
        } catch (SvgException e) {
          throw new Refused("<" + element + "> embeds data that is refused: " + e.getMessage());
        }
        return;
      }
      String shown = target.length() > 80 ? target.substring(0, 80) + "…" : target;
      throw new Refused("<" + element + "> refers to '" + shown + "': masters may only refer "
          + "to #fragments of the same file and data: URIs");
    }

    private void css(String element, String raw) throws SAXException {
      String text = CssUrls.unescape(raw); // so that u\72l( cannot hide a url(
      if (text.toLowerCase(Locale.ROOT).contains("@import")) {
        throw new Refused("CSS @import in <" + element + ">: stylesheets must be inside the "
            + "file");
      }
      for (String target : CssUrls.targets(text)) {
        reference(element, target);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (style != null) {
        style.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (style != null && local.equals("style")) {
        css("style", style.toString());
        style = null;
      }
      references.close();
      depth--;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
