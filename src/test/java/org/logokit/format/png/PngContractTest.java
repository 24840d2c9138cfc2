package org.logokit.format.png;

import java.awt.image.BufferedImage;
import java.util.List;
import org.logokit.format.Format;
import org.logokit.format.FormatContractTest;

/** PNG holds to the format contract: RGBA at 600 DPI. */
class PngContractTest extends FormatContractTest {
  static final BufferedImage IMAGE = sample(40, 30);

  @Override
  protected Format format() {
    return Format.PNG;
  }

  @Override
  protected byte[] write() {
    return codec().write(List.of(IMAGE), 600, false);
  }

  @Override
  protected Expected expected() {
    // pHYs is whole pixels per metre: 23622 px/m is 599.9988 DPI
    return new Expected(40, 30, 23622 * 0.0254, List.of(), null);
  }

  @Override
  protected List<BufferedImage> images() {
    return List.of(IMAGE);
  }

  @Override
  protected boolean layoutProves() {
    return true;
  }
}
