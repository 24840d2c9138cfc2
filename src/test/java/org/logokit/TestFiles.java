package org.logokit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Paths to the shipped kit and small file helpers shared by the tests. */
public final class TestFiles {
  /** The shipped masters and config: the tests run from the project folder. */
  public static final Path ASSETS = Path.of("assets");

  public static final Path RESOURCES = Path.of("src/test/resources");

  /** The 88 PNGs the XSF published, made by hand with Inkscape. */
  public static final Path PUBLISHED = RESOURCES.resolve("xmpp/published");

  private TestFiles() {}

  /** Copies the shipped assets folder (masters and logokit.yaml) into {@code dir}. */
  public static Path copyAssets(Path dir) throws IOException {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    try (Stream<Path> s = Files.list(ASSETS)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.copy(p, assets.resolve(p.getFileName()));
      }
    }
    return assets;
  }

  public static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  public static BufferedImage decode(Path png) {
    try {
      return decode(Files.readAllBytes(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BufferedImage decode(byte[] png) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      if (img == null) {
        throw new IOException("not an image");
      }
      return img;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under {@code dir} with its bytes, keyed by relative path with '/'. */
  public static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /**
   * A two-master kit in {@code dir/assets}: a red and a green 20x20 square, {@code a.svg} and
   * {@code b.svg}, at the given targets (e.g. {@code [own, 16px]}).
   */
  public static Path smallKit(Path dir, String targets) throws IOException {
    Path assets = dir.resolve("assets");
    write(assets.resolve("a.svg"), rectSvg("width=\"20\" height=\"20\"", "red"));
    write(assets.resolve("b.svg"), rectSvg("width=\"20\" height=\"20\"", "green"));
    write(assets.resolve("logokit.yaml"), "targets: " + targets + "\nmasters: [a.svg, b.svg]\n");
    return assets;
  }

  /** Copies the folder {@code from} to {@code to}, which must not exist yet. */
  public static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /**
   * Mounts a tmpfs with {@code options} (e.g. {@code ro,size=64k}) on the folder {@code dir},
   * or skips the test, saying why: only root (CAP_SYS_ADMIN) may mount, and {@code needs} (what
   * the test needs the mount for) cannot be made otherwise. Unmount with {@link #unmount}.
   */
  public static void mountTmpfsOrSkip(Path dir, String options, String needs)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, () -> "skipped: " + needs
        + ", which needs a tmpfs mounted (-o " + options + "), and only root may mount one; "
        + "this runs as " + System.getProperty("user.name") + " and mount said: "
        + (said.isEmpty() ? "nothing (exit " + p.exitValue() + ")" : said));
  }

  public static void unmount(Path dir) throws IOException, InterruptedException {
    new ProcessBuilder("umount", dir.toString()).redirectErrorStream(true).start().waitFor();
  }

  /**
   * Waits for a process the test started to end, and gives its exit status. No time is
   * asserted: the only bound is a hang guard far past any run (10 minutes), after which the
   * process is killed and the test fails.
   */
  public static int exitOf(Process p) throws InterruptedException {
    if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
      p.destroyForcibly();
      org.junit.jupiter.api.Assertions.fail("hung: " + p.info().commandLine().orElse("a process")
          + " was still running after 10 minutes, and was killed");
    }
    return p.exitValue();
  }

  /** A minimal SVG of one filled rectangle covering the viewBox. */
  public static String rectSvg(String rootAttributes, String colour) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" " + rootAttributes + ">"
        + "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"" + colour + "\"/></svg>";
  }
}
