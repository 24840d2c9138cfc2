package org.logokit.kit;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.text.PathRules;
import org.logokit.text.Shown;

/**
 * Fuzzes the kit config loader with hostile bytes, each read as YAML and as JSON. A config
 * either loads, and then no output path it names can leave the output folder, or fails with
 * diagnostics of one plain line each; any other exception or error is a finding.
 *
 * <p>Regression inputs: {@code src/test/resources/org/logokit/kit/KitLoaderFuzzTestInputs/}.
 */
class KitLoaderFuzzTest {
  /** A Java class or package name that Jackson or the JDK might leak into a message. */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:java|javax|jdk|sun|com\\.fasterxml|org\\.yaml|org\\.snakeyaml|org\\.logokit)"
          + "\\.[A-Za-z_$][\\w$.]*");

  @TempDir static Path assets;

  /** The shipped masters, so that configs naming them get past the file check. */
  @BeforeAll
  static void copyMasters() throws IOException {
    Path shipped = Path.of(System.getProperty("logokit.basedir", "."), "assets");
    try (DirectoryStream<Path> svgs = Files.newDirectoryStream(shipped, "*.svg")) {
      for (Path svg : svgs) {
        Files.copy(svg, assets.resolve(svg.getFileName()));
      }
    }
  }

  @FuzzTest(maxDuration = "30m") // a hang guard: -runs in pom.xml decides how many inputs
  void parse(byte[] config) {
    check(config, "logokit.yaml");
    check(config, "logokit.json");
  }

  private static void check(byte[] config, String where) {
    Kit kit;
    try {
      kit = KitLoader.parse(config, where, assets, Limits.DEFAULT);
    } catch (KitException e) {
      String input = new String(config, StandardCharsets.UTF_8);
      assertTrue(!e.diagnostics().isEmpty(), "a KitException without diagnostics");
      for (Diagnostic d : e.diagnostics()) {
        String message = d.message();
        assertTrue(Shown.isPlain(message), () -> "not one plain line: " + d.message());
        Matcher m = CLASS_NAME.matcher(message);
        while (m.find()) {
          String name = m.group();
          assertTrue(input.contains(name), () -> "names a Java class: " + d.message());
        }
      }
      return;
    }
    for (MasterSpec master : kit.masters()) {
      for (Target target : master.targets()) {
        for (Scheme scheme : master.schemes()) {
          String path = kit.outputPath(master, target, scheme);
          assertNull(PathRules.relativePathProblem(path, true),
              () -> "output path " + Shown.quoted(path) + " of " + master.file());
        }
      }
    }
  }

  /**
   * {@code mvn verify}'s part: the committed inputs mutated from a fixed seed, the same inputs
   * every run ({@link org.logokit.FixedFuzzing}); Jazzer explores with -Pfuzz-explore.
   */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Tag("jazzer") // run in the fuzzer's own JVM, as the replay is
  void fixedInputs() {
    org.logokit.FixedFuzzing.run("org/logokit/kit/KitLoaderFuzzTestInputs/parse", this::parse);
  }
}
