package org.logokit.render;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import org.apache.batik.anim.dom.SVGOMUseElement;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.CSSUtilities;
import org.apache.batik.bridge.SVGClipPathElementBridge;
import org.apache.batik.bridge.SVGUtilities;
import org.apache.batik.ext.awt.image.renderable.ClipRable;
import org.apache.batik.ext.awt.image.renderable.ClipRable8Bit;
import org.apache.batik.ext.awt.image.renderable.Filter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.ShapeNode;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Batik's {@code <clipPath>} bridge with nested clips intersected, as SVG says, instead of
 * subtracted.
 *
 * <p>Batik 1.19 subtracts a clip path's child's own {@code clip-path} from that child, and the
 * {@code <clipPath>} element's own {@code clip-path} from the whole: a child clipped by a region
 * that covers it (Illustrator's {@code .cls-2{clip-path:url(#clip-path)}}) leaves nothing, so the
 * clipped artwork paints nothing at all. Here each child's silhouette is intersected with its own
 * clip (in the child's user space, where the child's node already holds it), the silhouettes are
 * united, and the result is intersected with the element's own clip.
 */
final class ClipPathBridge extends SVGClipPathElementBridge {
  @Override
  public ClipRable createClip(BridgeContext ctx, Element clipElement, Element clipedElement,
      GraphicsNode clipedNode) {
    AffineTransform units = contentTransform(ctx, clipElement, clipedNode);
    Area silhouette = new Area();
    boolean hasChildren = false;
    for (Node n = clipElement.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      GraphicsNode child = ctx.getGVTBuilder().build(ctx, (Element) n);
      if (child == null) {
        continue; // display: none, or not a shape, text or use
      }
      hasChildren = true;
      silhouette.add(childSilhouette((Element) n, child, units));
    }
    if (!hasChildren) {
      return null; // as Batik: an empty clipPath clips nothing
    }
    ShapeNode whole = new ShapeNode();
    whole.setShape(silhouette);
    ClipRable own = CSSUtilities.convertClipPath(clipElement, whole, ctx);
    if (own != null) {
      silhouette.intersect(new Area(own.getClipPath()));
    }
    Filter source = clipedNode.getFilter() != null ? clipedNode.getFilter()
        : clipedNode.getGraphicsNodeRable(true);
    RenderingHints hints = CSSUtilities.convertShapeRendering(clipElement, null);
    boolean antialias = hints != null
        && hints.get(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_ON;
    return new ClipRable8Bit(source, silhouette, antialias);
  }

  /** The clipPath's {@code transform}, then its {@code clipPathUnits}. */
  private static AffineTransform contentTransform(BridgeContext ctx, Element clipElement,
      GraphicsNode clipedNode) {
    String transform = clipElement.getAttributeNS(null, SVGConstants.SVG_TRANSFORM_ATTRIBUTE);
    AffineTransform tx = transform.isEmpty() ? new AffineTransform()
        : SVGUtilities.convertTransform(clipElement, SVGConstants.SVG_TRANSFORM_ATTRIBUTE,
            transform, ctx);
    String units = clipElement.getAttributeNS(null,
        SVGConstants.SVG_CLIP_PATH_UNITS_ATTRIBUTE);
    if (!units.isEmpty() && SVGUtilities.parseCoordinateSystem(clipElement,
        SVGConstants.SVG_CLIP_PATH_UNITS_ATTRIBUTE, units, ctx)
        == SVGUtilities.OBJECT_BOUNDING_BOX) {
      tx = SVGUtilities.toObjectBBox(tx, clipedNode);
    }
    return tx;
  }

  /**
   * One child's silhouette in the clipped element's user space: its outline with its clip-rule,
   * cut to its own clip-path (which its node holds in the child's own coordinates, so it moves
   * with the child's transform), then placed by the child's transform and the clip's units.
   */
  private static Area childSilhouette(Element element, GraphicsNode child,
      AffineTransform units) {
    Element shape = element;
    if (element instanceof SVGOMUseElement use
        && use.getCSSFirstChild() instanceof Element used) {
      shape = used; // a <use> takes the clip-rule of what it uses
    }
    Path2D outline = new Path2D.Double(child.getOutline());
    outline.setWindingRule(CSSUtilities.convertClipRule(shape));
    Area area = new Area(outline);
    if (child.getClip() != null) {
      area.intersect(new Area(child.getClip().getClipPath()));
    }
    AffineTransform place = new AffineTransform(units);
    if (child.getTransform() != null) {
      place.concatenate(child.getTransform());
    }
    area.transform(place);
    return area;
  }
}
