package org.logokit.format.pdf;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.logokit.format.Format;
import org.logokit.format.FormatContractTest;

/** PDF holds to the format contract: one vector page, read back by logokit's own reader. */
class PdfContractTest extends FormatContractTest {
  @Override
  protected Format format() {
    return Format.PDF;
  }

  /** A 200 x 50 px drawing on a 150 x 37.5 pt page. */
  @Override
  protected byte[] write() {
    return PdfEncoder.encode(150, 37.5, 0.75, g -> {
      g.setColor(new Color(0x1b3967));
      g.fill(new Ellipse2D.Double(10, 5, 180, 40));
    });
  }

  @Override
  protected Expected expected() {
    return new Expected(0, 0, Double.NaN, java.util.List.of(), "1 page of 150x37.5 pt");
  }

  @Override
  protected boolean layoutProves() {
    return false;
  }
}
