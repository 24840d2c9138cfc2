package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 7: loading a kit font spooled it into the shared {@code java.io.tmpdir} as
 * {@code +~JF*.tmp} ({@code Font.createFonts(InputStream)}), which a killed run left behind.
 * Each run below is a JVM of its own with a {@code java.io.tmpdir} of its own.
 */
class FontCopiesTest {
  @TempDir Path tmp;

  private Process loadFonts(Path tmpdir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmpdir, "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), LoadFontsAndWait.class.getName(),
        HostileFonts.COMFORTAA.toAbsolutePath().toString()).redirectErrorStream(true).start();
  }

  private static String firstLine(Process p) throws IOException {
    return new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8)).readLine();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aKilledRunLeavesNoFontInTheSharedFolderAndItsOwnIsRemovedByTheNext() throws Exception {
    Path tmpdir = Files.createDirectories(tmp.resolve("tmpdir"));
    Process killed = loadFonts(tmpdir);
    assertEquals("loaded", firstLine(killed));
    List<String> during = names(tmpdir);
    assertFalse(during.stream().anyMatch(n -> n.startsWith("+~JF")), during.toString());
    // Only the run's own folder, its owner's alone, holding the one font.
    assertEquals(1, during.size(), during.toString());
    String own = during.get(0);
    assertTrue(own.startsWith(FontCopies.PREFIX + killed.pid() + "-"), own);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
          tmpdir.resolve(own), LinkOption.NOFOLLOW_LINKS)));
    }
    assertEquals(1, names(tmpdir.resolve(own)).size());

    killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
    org.logokit.TestFiles.exitOf(killed);
    assertEquals(List.of(own), names(tmpdir));

    Process next = loadFonts(tmpdir);
    assertEquals("loaded", firstLine(next));
    assertFalse(names(tmpdir).contains(own), "the killed run's folder is still there");
    next.getOutputStream().close(); // ends normally: its shutdown hook removes its folder
    org.logokit.TestFiles.exitOf(next);
    assertEquals(0, next.exitValue());
    assertEquals(List.of(), names(tmpdir));
  }

  @Test
  void onlyOurOwnFoldersOfDeadRunsAreRemoved() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    org.logokit.TestFiles.exitOf(gone);
    long dead = gone.pid();
    long alive = ProcessHandle.current().pid();
    Path stale = Files.createDirectories(tmp.resolve(FontCopies.PREFIX + dead + "-stale"));
    Files.writeString(stale.resolve("a.font"), "x");
    Path live = Files.createDirectories(tmp.resolve(FontCopies.PREFIX + alive + "-live"));
    Files.writeString(live.resolve("a.font"), "x");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("keep.txt"), "x");
    Path link = Files.createSymbolicLink(tmp.resolve(FontCopies.PREFIX + dead + "-link"),
        elsewhere);
    Path other = Files.createDirectories(tmp.resolve(FontCopies.PREFIX + "x-other"));

    FontCopies.removeStale(tmp, Files.getOwner(tmp));

    assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(live.resolve("a.font")));
    assertTrue(Files.isSymbolicLink(link)); // a link is never entered
    assertTrue(Files.exists(elsewhere.resolve("keep.txt")));
    assertTrue(Files.isDirectory(other));
  }
}
