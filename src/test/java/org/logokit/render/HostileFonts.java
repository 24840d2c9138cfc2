package org.logokit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.logokit.TestFiles;

/** Font files built in the tests from the one real font they ship, never committed. */
public final class HostileFonts {
  /** Comfortaa Regular (SIL OFL), a TrueType font of 17 tables. */
  public static final Path COMFORTAA =
      TestFiles.RESOURCES.resolve("fonts/comfortaa/Comfortaa-Regular.ttf");

  private HostileFonts() {}

  public static byte[] comfortaa() {
    try {
      return Files.readAllBytes(COMFORTAA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A collection ({@code ttcf}) that lists Comfortaa {@code count} times: every entry of its
   * directory is a real, usable face, so only the count is wrong. 4,000,000 entries make a file
   * of 16 MB, under the 16 MiB cap of a kit font.
   */
  public static byte[] collection(int count) {
    byte[] font = comfortaa();
    int header = 12 + 4 * count;
    ByteBuffer shifted = ByteBuffer.wrap(font.clone());
    int tables = shifted.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i + 8;
      shifted.putInt(at, shifted.getInt(at) + header);
    }
    ByteBuffer out = ByteBuffer.allocate(header + font.length);
    out.putInt(0x74746366).putInt(0x00010000).putInt(count);
    for (int i = 0; i < count; i++) {
      out.putInt(header);
    }
    return out.put(shifted.array()).array();
  }
}
