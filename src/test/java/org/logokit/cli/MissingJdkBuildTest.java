package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The build on a machine without a JDK 25 where Maven looks stops first thing with one line
 * saying what to install (pom.xml's jdk-check), through src/test/build/missing-jdk.sh, which
 * runs Maven (offline) asking for a Java 99.
 */
class MissingJdkBuildTest {
  @Test
  void withoutTheJdkTheBuildSaysWhatToInstall() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
    assumeTrue(Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "mvn"))), "no mvn on PATH");
    Process p = new ProcessBuilder("/bin/sh", "src/test/build/missing-jdk.sh")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, org.logokit.TestFiles.exitOf(p), out);
  }
}
