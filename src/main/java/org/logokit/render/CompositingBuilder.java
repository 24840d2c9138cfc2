package org.logokit.render;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.CSSUtilities;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.css.engine.CSSEngine;
import org.apache.batik.css.engine.CSSStylableElement;
import org.apache.batik.dom.ExtensibleDOMImplementation;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.w3c.dom.Element;

/**
 * Batik's graphics-tree builder, plus the CSS of SVG 2 and Compositing Level 1 that Batik does
 * not know: {@code mix-blend-mode} becomes a {@link BlendComposite} on the element's node (its
 * opacity folded in), and {@code isolation: isolate} makes a group draw offscreen, so its
 * children blend only with each other. What it still cannot draw ({@code paint-order},
 * {@code vector-effect}, a blend mode it does not have) is noted once per master, as a missing
 * font is: a warning, an error under {@code --strict} and in {@code check}.
 */
final class CompositingBuilder extends GVTBuilder {
  static final String BLEND = "mix-blend-mode";
  static final String ISOLATION = "isolation";
  static final String PAINT_ORDER = "paint-order";
  static final String VECTOR_EFFECT = "vector-effect";

  static {
    // Once per process, before any document's CSS engine is made: the engine of every SVG
    // document then knows these properties, cascading them as it does its own.
    ExtensibleDOMImplementation dom =
        (ExtensibleDOMImplementation) SVGDOMImplementation.getDOMImplementation();
    dom.registerCustomCSSValueManager(new KeywordProperty(BLEND, "normal"));
    dom.registerCustomCSSValueManager(new KeywordProperty(ISOLATION, "auto"));
    dom.registerCustomCSSValueManager(new KeywordProperty(PAINT_ORDER, "normal"));
    dom.registerCustomCSSValueManager(new KeywordProperty(VECTOR_EFFECT, "none"));
  }

  /** What a style text must name for the builder to have something to say of it. */
  private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
      "(?i)blend-mode|paint-order|vector-effect|\\\\");

  /** The most warnings one master gets; the rest are counted in one more line. */
  static final int MAX_WARNINGS = 8;

  private final Set<String> warnings = new LinkedHashSet<>();
  private final Set<String> blends = new LinkedHashSet<>();
  private int more;

  /** Whether CSS text (or an attribute's name) may name a property the builder warns about. */
  static boolean mentions(String css) {
    return css != null && NAMED.matcher(css).find();
  }

  /** Loads the class, and so teaches the properties, before a document is parsed. */
  static void install() {
    // the static initializer does it
  }

  /** What the master uses that is not drawn, one line each, at most {@link #MAX_WARNINGS}. */
  List<String> warnings() {
    List<String> all = new java.util.ArrayList<>(warnings);
    if (more > 0) {
      all.add("and " + more + " more uses of CSS that is not drawn");
    }
    return List.copyOf(all);
  }

  private void warn(String warning) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(warning);
    } else if (!warnings.contains(warning)) {
      more++;
    }
  }

  /** A value as the warning shows it: escaped, and cut short. */
  private static String shown(String value) {
    return org.logokit.text.Shown.of(value.length() > 40 ? value.substring(0, 40) + "..."
        : value);
  }

  /**
   * What a PDF of the master does not draw: FOP's PDF graphics has no blend modes, so a
   * blended element is drawn there as with {@code normal}.
   */
  List<String> pdfWarnings() {
    return blends.stream().map(b -> BLEND + " '" + b + "' is drawn in the images but not in "
        + "the PDF, where that element is drawn as with 'normal' (FOP's PDF graphics has no "
        + "blend modes)").toList();
  }

  @Override
  public GraphicsNode build(BridgeContext ctx, Element e) {
    GraphicsNode node = super.build(ctx, e); // a <use>'s content is built from here
    if (node != null) {
      apply(e, node);
    }
    return node;
  }

  @Override
  protected void buildGraphicsNode(BridgeContext ctx, Element e, CompositeGraphicsNode parent) {
    int before = parent.size();
    super.buildGraphicsNode(ctx, e, parent);
    if (parent.size() == before + 1) {
      apply(e, (GraphicsNode) parent.get(before));
    }
  }

  private void apply(Element e, GraphicsNode node) {
    if (!(e instanceof CSSStylableElement)
        || !(e.getOwnerDocument() instanceof SVGOMDocument doc)) {
      return;
    }
    CSSEngine engine = doc.getCSSEngine();
    if (engine == null) {
      return;
    }
    String blend = value(engine, e, BLEND);
    if (!blend.equals("normal")) {
      BlendComposite.Mode mode = BlendComposite.Mode.of(blend);
      if (mode == null) {
        warn(BLEND + " '" + shown(blend) + "' is not a blend mode "
            + "logokit draws: that element is drawn as with 'normal'");
      } else {
        Composite c = node.getComposite();
        float alpha = c instanceof AlphaComposite a ? a.getAlpha() : 1f;
        node.setComposite(new BlendComposite(mode, alpha));
        blends.add(mode.css());
      }
    }
    if (value(engine, e, ISOLATION).equals("isolate") && node instanceof CompositeGraphicsNode
        && (node.getComposite() == null || AlphaComposite.SrcOver.equals(node.getComposite()))) {
      node.setComposite(new BlendComposite(BlendComposite.Mode.NORMAL, 1f));
    }
    String order = value(engine, e, PAINT_ORDER);
    if (!order.equals("normal") && !order.equals("fill") && !order.startsWith("fill stroke")) {
      warn(PAINT_ORDER + " '" + shown(order) + "' is not drawn "
          + "(Batik paints fill, then stroke, then markers)");
    }
    String effect = value(engine, e, VECTOR_EFFECT);
    if (!effect.equals("none")) {
      warn(VECTOR_EFFECT + " '" + shown(effect) + "' is not drawn "
          + "(strokes scale with the art)");
    }
    if (node instanceof org.apache.batik.bridge.TextNode) {
      partsOfText(engine, e);
    }
  }

  /** A text's tspan, textPath or a has no node of its own to blend: said, never dropped. */
  private void partsOfText(CSSEngine engine, Element text) {
    for (org.w3c.dom.Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof CSSStylableElement && n instanceof Element part) {
        String blend = value(engine, part, BLEND);
        if (!blend.equals("normal")) {
          warn(BLEND + " '" + shown(blend) + "' on a part of a text (<" + shown(
              String.valueOf(part.getLocalName())) + ">) is not drawn: it is drawn with the "
              + "text");
        }
        partsOfText(engine, part);
      }
    }
  }

  private static String value(CSSEngine engine, Element e, String property) {
    int index = engine.getPropertyIndex(property);
    return index < 0 ? "" : CSSUtilities.getComputedStyle(e, index).getStringValue();
  }
}
