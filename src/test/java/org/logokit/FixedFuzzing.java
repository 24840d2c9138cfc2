package org.logokit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The fuzzers' part of {@code mvn verify}: a fixed number of inputs made from a fuzzer's
 * committed inputs by seeded mutations, so that the same commit gives the same verdict on every
 * run. Jazzer's coverage-guided fuzzing is not used here because its coverage varies from run to
 * run in a JVM (class hashes, the salt of {@code Set.of}'s order), and with it the inputs it
 * makes; it explores with {@code -Pfuzz-explore}, and what it finds becomes a committed input.
 *
 * <p>How many inputs and from which seed: {@code -Dfuzz.runs} and {@code -Dfuzz.seed}
 * (pom.xml). An input that fails is written to {@code target/fixed-fuzz/} and named in the
 * failure, to be replayed or committed as a regression input.
 */
public final class FixedFuzzing {
  private FixedFuzzing() {}

  /**
   * Calls {@code target} with {@code fuzz.runs} inputs mutated from the files in
   * {@code src/test/resources/<inputs>}: each one to four byte flips, random bytes, insertions,
   * deletions, repeats and splices of another input.
   *
   * @param inputs the fuzzer's inputs folder, relative to the test resources
   */
  public static void run(String inputs, Consumer<byte[]> target) {
    int runs = Integer.getInteger("fuzz.runs", 20_000);
    long seed = Long.getLong("fuzz.seed", 1);
    List<byte[]> corpus = corpus(inputs);
    Random random = new Random(seed);
    for (int i = 0; i < runs; i++) {
      byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
      try {
        target.accept(input);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("fixed input " + i + " of seed " + seed + " (saved as "
            + save(inputs, i, input) + "): " + e, e);
      }
    }
  }

  private static List<byte[]> corpus(String inputs) {
    Path dir = Path.of(System.getProperty("logokit.basedir", "."), "src/test/resources", inputs);
    List<byte[]> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        corpus.add(Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the fuzzer's inputs " + dir, e);
    }
    if (corpus.isEmpty()) {
      throw new IllegalStateException("no inputs in " + dir);
    }
    return corpus;
  }

  static byte[] mutate(byte[] from, List<byte[]> corpus, Random r) {
    byte[] b = from.clone();
    int steps = 1 + r.nextInt(4);
    for (int s = 0; s < steps; s++) {
      int at = b.length == 0 ? 0 : r.nextInt(b.length);
      switch (r.nextInt(6)) {
        case 0 -> {
          if (b.length > 0) {
            b[at] ^= (byte) (1 << r.nextInt(8));
          }
        }
        case 1 -> {
          if (b.length > 0) {
            b[at] = INTERESTING[r.nextInt(INTERESTING.length)];
          }
        }
        case 2 -> {
          byte[] add = new byte[1 + r.nextInt(8)];
          r.nextBytes(add);
          b = splice(b, at, add);
        }
        case 3 -> {
          int n = Math.min(b.length - at, 1 + r.nextInt(16));
          b = cut(b, at, n);
        }
        case 4 -> {
          int n = Math.min(b.length - at, 1 + r.nextInt(32));
          byte[] part = java.util.Arrays.copyOfRange(b, at, at + n);
          b = splice(b, at, part);
        }
        default -> {
          byte[] other = corpus.get(r.nextInt(corpus.size()));
          if (other.length > 0) {
            int from2 = r.nextInt(other.length);
            int n = Math.min(other.length - from2, 1 + r.nextInt(64));
            b = splice(b, at, java.util.Arrays.copyOfRange(other, from2, from2 + n));
          }
        }
      }
    }
    return b;
  }

  /** Bytes that parsers treat specially: markup, quotes, separators, extremes. */
  private static final byte[] INTERESTING = {0, 1, '\n', '\r', ' ', '"', '\'', '<', '>', '&',
      ';', ':', '#', '/', '\\', '{', '}', '[', ']', '%', '-', '9', (byte) 0x7f, (byte) 0x80,
      (byte) 0xc3, (byte) 0xe2, (byte) 0xff};

  private static byte[] splice(byte[] b, int at, byte[] add) {
    byte[] out = new byte[b.length + add.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(add, 0, out, at, add.length);
    System.arraycopy(b, at, out, at + add.length, b.length - at);
    return out;
  }

  private static byte[] cut(byte[] b, int at, int n) {
    byte[] out = new byte[b.length - n];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, at + n, out, at, b.length - at - n);
    return out;
  }

  private static String save(String inputs, int i, byte[] input) {
    Path dir = Path.of(System.getProperty("logokit.basedir", "."), "target/fixed-fuzz");
    Path file = dir.resolve(inputs.replace('/', '_') + "-" + i + ".bin");
    try {
      Files.createDirectories(dir);
      Files.write(file, input);
    } catch (IOException e) {
      return "not saved: " + e.getMessage();
    }
    return file.toString();
  }
}
