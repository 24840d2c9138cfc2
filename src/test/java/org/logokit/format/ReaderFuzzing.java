package org.logokit.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.logokit.text.Shown;

/**
 * What the image reader fuzzers assert of any bytes: the file is refused in one line, or its
 * layout ({@link ImageLayout}) is within the budgets and every image the decoder makes is the
 * size the reader claims and no more than the layout counted. That last is the hole the budgets
 * close: a decoder making more than the headers checked said. Any other exception or error is a
 * finding.
 */
public final class ReaderFuzzing {
  /**
   * Files whose images hold more pixels than this are read as layouts only, not decoded: the
   * budget itself is 64 times more, and decoding it would make each input take seconds.
   */
  static final long DECODED_PIXELS = 1 << 20;

  private ReaderFuzzing() {}

  public static void read(byte[] file) {
    ImageLayout layout;
    try {
      layout = ImageLayout.of(file);
    } catch (IOException e) {
      assertOneLine(e.getMessage());
      return;
    }
    long pixels = layout.images().stream().mapToLong(ImageLayout.Image::pixels).sum();
    long largest = layout.images().stream().mapToLong(ImageLayout.Image::pixels).max()
        .orElse(0);
    assertTrue(pixels <= ImageLayout.MAX_PIXELS, () -> "over the budget: " + layout);
    if (pixels > DECODED_PIXELS) {
      return;
    }
    try {
      List<String> claimed = ImageFiles.entrySizes(file);
      List<BufferedImage> images = ImageFiles.decodeAll(file);
      assertEquals(claimed.size(), images.size(), "images");
      long decoded = 0;
      for (int i = 0; i < images.size(); i++) {
        BufferedImage img = images.get(i);
        assertEquals(claimed.get(i), img.getWidth() + "x" + img.getHeight(),
            "image " + (i + 1) + " is not the size its reader claims");
        assertTrue((long) img.getWidth() * img.getHeight() <= largest,
            () -> "an image larger than any the layout counted: " + layout);
        decoded += (long) img.getWidth() * img.getHeight();
      }
      assertTrue(decoded <= pixels, "decoded " + decoded + " pixels of " + layout);
      ImageFiles.decodePreview(file, 64);
    } catch (IOException e) {
      assertOneLine(e.getMessage());
    }
  }

  public static void assertOneLine(String message) {
    assertTrue(message != null && !message.isEmpty(), "no message");
    assertTrue(message.lines().count() == 1 && Shown.isPlain(message),
        () -> "not one plain line: " + Shown.of(message));
  }
}
