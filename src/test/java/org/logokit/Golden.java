package org.logokit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a file under {@code src/test/resources/golden}; run the tests with
 * {@code -Dlogokit.regenerate=true} to rewrite the files after a deliberate change.
 */
public final class Golden {
  private static final Path DIR = TestFiles.RESOURCES.resolve("golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("logokit.regenerate") || !Files.exists(file)) {
      TestFiles.write(file, actual);
    }
    assertEquals(Files.readString(file), actual, "golden file " + file
        + " differs (regenerate with -Dlogokit.regenerate=true if the change is intended)");
  }
}
