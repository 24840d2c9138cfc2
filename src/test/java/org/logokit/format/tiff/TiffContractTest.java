package org.logokit.format.tiff;

import java.awt.image.BufferedImage;
import java.util.List;
import org.logokit.format.Format;
import org.logokit.format.FormatContractTest;

/** TIFF holds to the format contract: RGBA at 300 DPI, proved by its bytes alone. */
class TiffContractTest extends FormatContractTest {
  static final BufferedImage IMAGE = sample(40, 30);

  @Override
  protected Format format() {
    return Format.TIFF;
  }

  @Override
  protected byte[] write() {
    return codec().write(List.of(IMAGE), 300, false);
  }

  @Override
  protected Expected expected() {
    return new Expected(40, 30, 300, List.of(), null);
  }

  @Override
  protected List<BufferedImage> images() {
    return List.of(IMAGE);
  }

  @Override
  protected boolean layoutProves() {
    return false;
  }
}
