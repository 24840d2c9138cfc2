package org.logokit.format.tiff;

/** Opens TiffEncoder's package-private helpers to tests in other packages. */
public final class TiffEncoderAccess {
  private TiffEncoderAccess() {}

  public static String rational(double dpi) {
    return TiffEncoder.rational(dpi);
  }
}
