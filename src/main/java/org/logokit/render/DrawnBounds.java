package org.logokit.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.ShapeNode;

/**
 * Where a graphics tree puts paint, ignoring clips, masks, filters and opacity: the union of
 * every filled or stroked shape's painted bounds and every text's and image's bounds, in the
 * root's coordinates. Batik's own primitive bounds do count clips, so they are empty exactly
 * when a broken clip blanks the render, and cannot tell that from a master that draws nothing.
 */
final class DrawnBounds {
  private DrawnBounds() {}

  /** {@code null} when nothing in the tree paints. */
  static Rectangle2D of(GraphicsNode root) {
    return of(root, new AffineTransform());
  }

  private static Rectangle2D of(GraphicsNode node, AffineTransform parent) {
    if (!node.isVisible()) {
      return null;
    }
    AffineTransform at = new AffineTransform(parent);
    if (node.getTransform() != null) {
      at.concatenate(node.getTransform());
    }
    Rectangle2D local;
    if (node instanceof CompositeGraphicsNode group) {
      Rectangle2D union = null;
      for (Object child : group.getChildren()) {
        union = union(union, of((GraphicsNode) child, at));
      }
      return union;
    } else if (node instanceof ShapeNode shape) {
      // A shape with neither fill nor stroke has a painter that paints nothing.
      local = shape.getShapePainter() == null ? null
          : shape.getShapePainter().getPaintedBounds2D();
    } else {
      local = node.getPrimitiveBounds(); // text, images
    }
    return local == null || local.isEmpty() ? null
        : at.createTransformedShape(local).getBounds2D();
  }

  private static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
    if (a == null) {
      return b;
    }
    if (b != null) {
      a.add(b);
    }
    return a;
  }
}
