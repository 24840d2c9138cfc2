package org.logokit.format.icon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.logokit.format.Format;
import org.logokit.format.png.PngEncoder;
import com.twelvemonkeys.imageio.plugins.bmp.ICOImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.icns.ICNSImageReaderSpi;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * ICO and ICNS files: TwelveMonkeys reads back every entry with the exact pixels, and each entry
 * is the PNG logokit's own encoder makes (so an icon's bytes come from the bundled deflater, not
 * the JDK's zlib).
 */
class IconEncoderTest {
  static List<BufferedImage> entries(List<Integer> sizes) {
    List<BufferedImage> images = new ArrayList<>();
    for (int s : sizes) {
      BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
      for (int y = 0; y < s; y++) {
        for (int x = 0; x < s; x++) {
          img.setRGB(x, y, (x * 255 / s) << 24 | (y * 7 % 256) << 16 | (x ^ y) << 8 | s % 256);
        }
      }
      images.add(img);
    }
    return images;
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyEntryReadsBackExactlyAndIsLogokitsOwnPng(Format format)
      throws Exception {
    List<Integer> sizes = format == Format.ICO ? List.of(16, 32, 48, 256)
        : List.of(16, 32, 64, 128, 256, 512, 1024);
    List<BufferedImage> images = entries(sizes);
    byte[] file = IconEncoder.encode(format, images);
    ImageReaderSpi spi = format == Format.ICO ? new ICOImageReaderSpi()
        : new ICNSImageReaderSpi();
    ImageReader reader = spi.createReaderInstance();
    reader.setInput(new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(file)));
    assertEquals(sizes.size(), reader.getNumImages(true));
    for (int i = 0; i < sizes.size(); i++) {
      BufferedImage back = reader.read(i);
      BufferedImage want = images.get(i);
      assertEquals(sizes.get(i), back.getWidth());
      for (int y = 0; y < want.getHeight(); y++) {
        for (int x = 0; x < want.getWidth(); x++) {
          int a = want.getRGB(x, y);
          int b = back.getRGB(x, y);
          assertEquals(a >>> 24 == 0 ? 0 : a, b >>> 24 == 0 ? 0 : b, i + ": " + x + "," + y);
        }
      }
    }
    List<byte[]> pngs = pngs(format, file);
    for (int i = 0; i < sizes.size(); i++) {
      assertArrayEquals(PngEncoder.iconEntry(images.get(i)), pngs.get(i), "entry " + i);
    }
  }

  @Test
  void sizesTheFormatCannotHoldAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> IconEncoder.encode(Format.ICO, entries(List.of(512))));
    assertThrows(IllegalArgumentException.class,
        () -> IconEncoder.encode(Format.ICNS, entries(List.of(48))));
  }

  /** The PNG of each entry, in file order, as the directory says. */
  static List<byte[]> pngs(Format format, byte[] file) {
    List<byte[]> out = new ArrayList<>();
    if (format == Format.ICO) {
      ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
      int n = b.getShort(4);
      for (int i = 0; i < n; i++) {
        int size = b.getInt(6 + 16 * i + 8);
        int offset = b.getInt(6 + 16 * i + 12);
        out.add(java.util.Arrays.copyOfRange(file, offset, offset + size));
      }
    } else {
      ByteBuffer b = ByteBuffer.wrap(file);
      for (int p = 8; p < file.length; p += b.getInt(p + 4)) {
        out.add(java.util.Arrays.copyOfRange(file, p + 8, p + b.getInt(p + 4)));
      }
    }
    return out;
  }
}
