package org.logokit.format.icon;

import java.awt.image.BufferedImage;
import java.util.List;
import org.logokit.format.Format;
import org.logokit.format.FormatContractTest;

/** ICNS holds to the format contract: three PNG entries. */
class IcnsContractTest extends FormatContractTest {
  static final List<BufferedImage> ENTRIES = List.of(sample(16, 16), sample(32, 32),
      sample(64, 64));

  @Override
  protected Format format() {
    return Format.ICNS;
  }

  @Override
  protected byte[] write() {
    return codec().write(ENTRIES, 96, false);
  }

  @Override
  protected Expected expected() {
    return new Expected(64, 64, Double.NaN, List.of("16x16", "32x32", "64x64"), null);
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
