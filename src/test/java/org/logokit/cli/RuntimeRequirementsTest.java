package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/**
 * What logokit needs of the machine (Java 25, and a platform its bundled deflater is built for),
 * said in one line when missing.
 */
class RuntimeRequirementsTest {
  @TempDir Path dir;

  private static String[] run(String java, Path cwd, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).start();
    return new String[] {Integer.toString(TestFiles.exitOf(p)),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)};
  }

  /**
   * A JDK this machine has that is older than 25 but can run {@code cli/Start} (built for 17):
   * the first, by folder name, under {@code /usr/lib/jvm} whose {@code release} file says so.
   */
  static Optional<Path> olderJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes.sorted().filter(home -> {
        int feature = feature(home.resolve("release"));
        return feature >= 17 && feature < 25 && Files.isExecutable(home.resolve("bin/java"));
      }).findFirst();
    }
  }

  /** The feature release a JDK's {@code release} file names (JAVA_VERSION="17.0.15"), or 0. */
  static int feature(Path release) {
    try {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        Matcher m = JAVA_VERSION.matcher(line);
        if (m.matches()) {
          return m.group(1).equals("1") ? Integer.parseInt(m.group(2)) // 1.8.0_x is 8
              : Integer.parseInt(m.group(1));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no release file, or not one of a JDK
    }
    return 0;
  }

  private static final Pattern JAVA_VERSION =
      Pattern.compile("JAVA_VERSION=\"(\\d+)(?:\\.(\\d+))?.*\"");

  @Test
  void anOldJavaIsToldThatLogokitNeedsJava25() throws Exception {
    Optional<Path> old = olderJdk();
    assumeTrue(old.isPresent(), "no JDK from 17 to 24 in /usr/lib/jvm (a release file with "
        + "JAVA_VERSION, and bin/java): the message an older Java gives cannot be seen here");
    Path home = old.get();
    int feature = feature(home.resolve("release"));
    String[] r = run(home.resolve("bin/java").toString(), dir, "-cp",
        System.getProperty("java.class.path"), "org.logokit.cli.Start", "--version");
    assertEquals("2", r[0], r[1]);
    Matcher m = Pattern.compile("error: logokit needs Java 25 or newer; this is Java (\\d+) "
        + "\\((.+)\\): run the logokit launcher \\(bin/logokit, target/logokit\\), which "
        + "looks for a Java 25.*\n", Pattern.DOTALL).matcher(r[1]);
    assertTrue(m.matches(), r[1]);
    assertEquals(Integer.toString(feature), m.group(1), r[1]);
    assertEquals(home.toRealPath(), Path.of(m.group(2)).toRealPath(), "the Java it ran on");
    assertFalse(r[1].contains("Exception") || r[1].contains("\tat "), r[1]);
  }

  @Test
  void aDeflaterThatCannotLoadIsOneLineAndTouchesNothing() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] r = run(java, dir, "--enable-native-access=ALL-UNNAMED",
        // jlibdeflate's own switch: its library from this folder, which has none
        "-Djlibdeflate.library.path=" + dir.resolve("no-such-folder"),
        "-cp", System.getProperty("java.class.path"), "org.logokit.cli.Start", "render",
        "--assets", "assets", "--out", "out");
    assertEquals("1", r[0], r[1]);
    String[] lines = r[1].strip().split("\n");
    assertEquals(1, lines.length, r[1]);
    assertTrue(lines[0].startsWith("error: logokit's PNG deflater (libdeflate, inside its jar) "
        + "cannot load on linux-"), lines[0]);
    assertTrue(lines[0].contains("no-such-folder"), "says why: " + lines[0]);
    assertTrue(lines[0].endsWith("(it is built for linux x86_64 and aarch64, macOS x86_64 and "
        + "aarch64, windows x86_64)"), lines[0]);
    assertFalse(Files.exists(dir.resolve("out/a")), "nothing rendered");
  }
}
