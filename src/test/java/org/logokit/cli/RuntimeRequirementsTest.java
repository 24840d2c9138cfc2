package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new String[] {Integer.toString(p.exitValue()),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)};
  }

  @Test
  void anOldJavaIsToldThatLogokitNeedsJava25() throws Exception {
    Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
    assumeTrue(Files.isExecutable(java17), "no JDK 17 here");
    String[] r = run(java17.toString(), dir, "-cp", System.getProperty("java.class.path"),
        "org.logokit.cli.Start", "--version");
    assertEquals("2", r[0], r[1]);
    assertTrue(r[1].startsWith("error: logokit needs Java 25 or newer; this is Java 17 (/usr/lib"
        + "/jvm/java-17-openjdk-amd64): run the logokit launcher (bin/logokit, target/logokit),"
        + " which looks for a Java 25"), r[1]);
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
