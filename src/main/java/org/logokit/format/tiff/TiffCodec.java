package org.logokit.format.tiff;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageReader;
import org.logokit.format.Codec;
import org.logokit.format.Facts;
import org.logokit.format.ImageLayout;

/**
 * TIFF: written by {@link TiffEncoder} (TwelveMonkeys, LZW, resolution tags), read by
 * TwelveMonkeys' reader once {@link TiffLayout} has walked the IFDs within their budgets.
 */
public final class TiffCodec implements Codec {
  public static final TiffCodec TIFF = new TiffCodec();

  private TiffCodec() {}

  @Override
  public boolean sniff(byte[] b) {
    return b.length >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0
        || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42);
  }

  @Override
  public List<ImageLayout.Image> images(byte[] file) throws IOException {
    return TiffLayout.read(file).stream().map(TiffLayout.Ifd::image).toList();
  }

  @Override
  public ImageReader reader() throws IOException {
    return new TIFFImageReaderSpi().createReaderInstance();
  }

  @Override
  public Facts facts(byte[] file) throws IOException {
    return TiffInfo.read(file, false);
  }

  /**
   * logokit's TIFF encoder is TwelveMonkeys' writer, whose tags and strips are not checked here
   * one by one: a TIFF is proved by its bytes alone.
   */
  @Override
  public String layoutProblem(byte[] file) {
    return "only its bytes can prove a TIFF is logokit's";
  }

  @Override
  public byte[] write(List<BufferedImage> images, double dpi, boolean smallest) {
    return TiffEncoder.encode(images.get(0), dpi);
  }
}
