package org.logokit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.logokit.verify.ImageComparison;

/**
 * Reference files: text under {@code src/test/resources/golden}, compared exactly; images,
 * compared by the tests with a tolerance, whose failures leave the two images and their
 * difference under {@link #DIFFS} for a person to look at.
 *
 * <p>A missing reference fails. Run the tests with {@code -Dlogokit.golden.write=true} to write
 * the text references from what this build makes, after a deliberate change; review the diff
 * before committing it.
 */
public final class Golden {
  /** The system property that (re)writes the text references instead of comparing. */
  public static final String WRITE = "logokit.golden.write";

  /** Where failing image comparisons leave their pictures. */
  public static final Path DIFFS = Path.of("target", "golden-diffs");

  private static final Path DIR = TestFiles.RESOURCES.resolve("golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean(WRITE)) {
      TestFiles.write(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + ": run the tests with -D" + WRITE + "=true to write it "
          + "from this build's output, then review it and commit it");
    }
    assertEquals(Files.readString(file), actual, "golden file " + file + " differs (rewrite "
        + "it with -D" + WRITE + "=true if the change is intended)");
  }

  /**
   * Writes {@code name}'s reference, this build's image and their {@link
   * ImageComparison#highlight difference} as {@code DIFFS/<name>-old.png}, {@code -new.png}
   * and {@code -diff.png}: call it where an image comparison fails, and name the result in
   * the failure.
   *
   * @return the difference image's path
   */
  public static Path writeImageDiff(String name, BufferedImage reference, BufferedImage actual)
      throws IOException {
    String base = name.replace('/', '_').replaceAll("\\.png$", "");
    Files.createDirectories(DIFFS);
    ImageIO.write(reference, "png", DIFFS.resolve(base + "-old.png").toFile());
    ImageIO.write(actual, "png", DIFFS.resolve(base + "-new.png").toFile());
    Path diff = DIFFS.resolve(base + "-diff.png");
    if (reference.getWidth() == actual.getWidth() && reference.getHeight() == actual.getHeight()) {
      ImageIO.write(ImageComparison.highlight(reference, actual), "png", diff.toFile());
    } else {
      Files.deleteIfExists(diff); // no pixel-by-pixel difference between two sizes
    }
    return diff;
  }
}
