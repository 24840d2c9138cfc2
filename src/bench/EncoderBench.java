// The PNG encoders side by side on the images of the shipped kit (every PNG under output/,
// decoded to ARGB as painted), one thread, ROUNDS rounds after 2 warm-up rounds; prints each
// encoder's median CPU time per round and its total bytes (SMALLEST=1 adds optimize: true's
// encoder). Run after `mvn package`:
//   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --enable-native-access=ALL-UNNAMED \
//     -cp target/logokit.jar src/bench/EncoderBench.java [ROUNDS]
// (or target/logokit's JDK: `grep ^home= target/logokit`).
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

public class EncoderBench {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    List<BufferedImage> images = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("output"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
        BufferedImage read = ImageIO.read(p.toFile());
        BufferedImage argb = new BufferedImage(read.getWidth(), read.getHeight(),
            BufferedImage.TYPE_INT_ARGB);
        argb.createGraphics().drawImage(read, 0, 0, null);
        images.add(argb);
      }
    }
    long pixels = images.stream().mapToLong(i -> (long) i.getWidth() * i.getHeight()).sum();
    System.out.printf("%d images, %.1f Mpixels, %d rounds%n", images.size(), pixels / 1e6, rounds);
    run("logokit fast (libdeflate 6, no filter)", images, rounds,
        img -> org.logokit.encode.PngEncoder.encode(img, 3779));
    if (System.getenv("SMALLEST") != null) { // tens of seconds a round
      run("logokit smallest (libdeflate 12 + Zopfli)", images, rounds,
          img -> org.logokit.encode.PngEncoder.encode(img, 3779,
              org.logokit.encode.PngEncoder.Effort.SMALLEST));
    }
    run("JDK ImageIO (zlib 9, adaptive filters)", images, rounds, img -> {
      var out = new java.io.ByteArrayOutputStream();
      try {
        ImageIO.write(img, "png", out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toByteArray();
    });
  }

  static void run(String name, List<BufferedImage> images, int rounds,
      Function<BufferedImage, byte[]> encoder) {
    var bean = ManagementFactory.getThreadMXBean();
    long[] ms = new long[rounds];
    long bytes = 0;
    for (int r = -2; r < rounds; r++) {
      long t = bean.getCurrentThreadCpuTime();
      long b = 0;
      for (BufferedImage img : images) {
        b += encoder.apply(img).length;
      }
      if (r >= 0) {
        ms[r] = (bean.getCurrentThreadCpuTime() - t) / 1_000_000;
        bytes = b;
      }
    }
    Arrays.sort(ms);
    System.out.printf("  %-40s median %5d ms CPU   %,10d bytes   (rounds %s)%n", name,
        ms[rounds / 2], bytes, Arrays.toString(ms));
  }
}
