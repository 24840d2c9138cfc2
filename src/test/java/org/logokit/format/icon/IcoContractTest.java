package org.logokit.format.icon;

import java.awt.image.BufferedImage;
import java.util.List;
import org.logokit.format.Format;
import org.logokit.format.FormatContractTest;

/** ICO holds to the format contract: three PNG entries. */
class IcoContractTest extends FormatContractTest {
  static final List<BufferedImage> ENTRIES = List.of(sample(16, 16), sample(32, 32),
      sample(48, 48));

  @Override
  protected Format format() {
    return Format.ICO;
  }

  @Override
  protected byte[] write() {
    return codec().write(ENTRIES, 96, false);
  }

  @Override
  protected Expected expected() {
    return new Expected(48, 48, Double.NaN, List.of("16x16", "32x32", "48x48"), null);
  }

  @Override
  protected List<BufferedImage> images() {
    return ENTRIES;
  }

  @Override
  protected boolean layoutProves() {
    return true;
  }
}
