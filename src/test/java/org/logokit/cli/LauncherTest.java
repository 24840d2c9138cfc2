package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/**
 * The POSIX launcher, src/main/launcher/logokit, through its shell test
 * (src/test/launcher/launcher-test.sh), which runs it against fake JDKs: no JVM starts.
 */
class LauncherTest {
  private static final Path SH = Path.of("/bin/sh");

  @Test
  void versionSaysWhetherTheStartUpCacheIsInUse() {
    assertEquals("in use (/opt/logokit/lib/c.aot)",
        LogokitCommand.Version.startUpCache("use:/opt/logokit/lib/c.aot", "mixed mode, sharing"));
    assertEquals("none: the JVM could not use /opt/c.aot (delete it: the next command makes it"
        + " anew)", LogokitCommand.Version.startUpCache("use:/opt/c.aot", "mixed mode"));
    assertEquals("being made on this run, for the next ones (/opt/c.aot)",
        LogokitCommand.Version.startUpCache("make:/opt/c.aot", "mixed mode"));
    assertEquals("none: turned off (LOGOKIT_AOT_CACHE=off)",
        LogokitCommand.Version.startUpCache("none:turned off (LOGOKIT_AOT_CACHE=off)", ""));
    assertEquals("none: not started by the logokit launcher (java -jar runs without one)",
        LogokitCommand.Version.startUpCache(null, "mixed mode, sharing"));
  }

  @Test
  void launcherTestsPass() throws Exception {
    runLauncherTest(false);
  }

  /** Where the jar's folder is not writable, the cache goes to ~/.cache/logokit. */
  @Test
  void aReadOnlyInstallKeepsItsCacheInTheUsersCacheFolder(@TempDir Path dir) throws Exception {
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    assumeTrue(readOnly.toFile().setWritable(false, false), "cannot make a read-only folder");
    try {
      assumeFalse(Files.isWritable(readOnly),
          "a read-only folder is writable to this user (root): not testable here");
    } finally {
      readOnly.toFile().setWritable(true);
    }
    runLauncherTest(true);
  }

  private static void runLauncherTest(boolean readOnly) throws Exception {
    assumeTrue(Files.isExecutable(SH), "no /bin/sh here: the POSIX launcher is not tested");
    ProcessBuilder pb = new ProcessBuilder(SH.toString(), "src/test/launcher/launcher-test.sh")
        .redirectErrorStream(true);
    if (readOnly) {
      pb.environment().put("READ_ONLY", "1");
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, TestFiles.exitOf(p), out);
  }
}
