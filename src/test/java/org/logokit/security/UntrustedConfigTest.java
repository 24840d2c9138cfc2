package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.logokit.TestFiles;

/**
 * The kit config is the pull request's: names, suffixes and the naming template cannot lead a
 * write out of the output folder or onto another output, budgets cannot be raised, and a config
 * that is a link, a giant or has duplicate keys is refused without showing its content.
 * Each case runs the real command line and must exit 2 before anything is written.
 */
class UntrustedConfigTest {
  @TempDir Path dir;

  static Stream<Arguments> escapingConfigs() {
    String masters = "masters:\n  - file: a.svg\n";
    return Stream.of(
        Arguments.of("name with {suffix}", masters + "    name: \"../x{suffix}\"\n", "'name'"),
        Arguments.of("name with {scheme}", masters + "    name: \"{scheme}\"\n", "contains '{'"),
        Arguments.of("name '..'", masters + "    name: \"..\"\n", "is '..'"),
        Arguments.of("name with a slash", masters + "    name: \"sub/x\"\n", "contains '/'"),
        Arguments.of("name with a newline", masters + "    name: \"a\\nb\"\n",
            "the character \\x0a"),
        Arguments.of("hidden name", masters + "    name: \".hidden\"\n", "starts with '.'"),
        Arguments.of("suffix '..'", masters + "    targets: [{size: 16px, suffix: \"..\"}]\n",
            "suffix"),
        Arguments.of("suffix with a slash", masters
            + "    targets: [{size: 16px, suffix: \"/../../x\"}]\n", "contains '/'"),
        Arguments.of("suffix with a placeholder", masters
            + "    targets: [{size: 16px, suffix: \"{name}\"}]\n", "contains '{'"),
        Arguments.of("naming out of the folder", "naming: \"../{name}{suffix}.png\"\n" + masters,
            "'..' segment"),
        Arguments.of("naming absolute", "naming: \"/tmp/{name}{suffix}.png\"\n" + masters,
            "is absolute"),
        Arguments.of("naming with an empty segment", "naming: \"{name}//{name}{suffix}.png\"\n"
            + masters, "empty segment"),
        Arguments.of("naming with another placeholder", "naming: \"{name}{x}{suffix}.png\"\n"
            + masters, "no placeholder but"),
        Arguments.of("suffix that repeats a target's", masters
            + "    targets: [64px, {size: 32px, suffix: \"-64px\"}]\n", "is also the output of"),
        Arguments.of("names equal up to case", "masters:\n  - {file: a.svg, name: Logo}\n"
            + "  - {file: b.svg, name: logo}\n", "is used twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapingConfigs")
  void noNameOrTemplateLeadsOutOfTheFolderOrOntoAnotherOutput(String what, String yaml,
      String expected) throws Exception {
    Path assets = kit(yaml);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out",
        dir.resolve("site/out").toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("logokit.yaml:") && r.err().contains(expected), r.err());
    assertFalse(Files.exists(dir.resolve("site")), "nothing written: " + r.err());
    assertEquals(List.of(), List.copyOf(TestFiles.snapshot(outside).keySet()));
  }

  @Test
  void aNameIsReportedWithItsLine() throws Exception {
    Path assets = kit("masters:\n  - a.svg\n  - file: b.svg\n    name: \"x/../../y\"\n");
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("logokit.yaml:3: "), r.err());
  }

  @Test
  void aMasterFileNameThatCannotNameOutputsIsRefusedInTheDefaultKitToo() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    TestFiles.write(assets.resolve("..svg"), TestFiles.rectSvg("width=\"8\" height=\"8\"",
        "red"));
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("'..svg'") && r.err().contains("cannot name outputs"),
        r.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void theConfigMayLowerABudgetButNotRaiseIt() throws Exception {
    Path assets = kit("limits: {maxSecondsPerMaster: 600, maxInputBytes: 9223372036854775807}\n"
        + "masters: [a.svg]\n");
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("'limits.maxSecondsPerMaster': 600 is over the cap of 60"),
        r.err());
    assertTrue(r.err().contains("'limits.maxInputBytes': 9223372036854775807 is over the cap"),
        r.err());
    assertFalse(r.err().contains("empty"), "no overflow into 'the file is empty': " + r.err());

    // The command line is trusted: it raises the cap, within a ceiling.
    TestFiles.write(assets.resolve("logokit.yaml"), "limits: {maxSecondsPerMaster: 600}\n"
        + "masters: [a.svg]\n");
    r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o").toString(),
        "--raise-limit", "maxSecondsPerMaster=600");
    assertEquals(0, r.exit(), r.all());
    r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o").toString(),
        "--raise-limit", "maxInputBytes=9223372036854775807");
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("maxInputBytes must be"), r.err());

    TestFiles.write(assets.resolve("logokit.yaml"), "limits: {maxSecondsPerMaster: 5}\n"
        + "masters: [a.svg]\n");
    assertEquals(0, Cli.run("render", "--assets", assets.toString(), "--out",
        dir.resolve("o").toString()).exit(), "lowering is fine");
  }

  @Test
  void duplicateKeysAreRefused() throws Exception {
    Path assets = kit("masters: [a.svg]\nnaming: \"{name}{suffix}.png\"\n"
        + "naming: \"{name}/{name}{suffix}.png\"\n");
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("logokit.yaml:3:") && r.err().contains("naming"), r.err());
  }

  @Test
  void aConfigLinkedOutOfTheAssetsFolderIsNotReadNorShown() throws Exception {
    Path assets = kit("masters: [a.svg]\n");
    Path secret = TestFiles.write(dir.resolve("secret.txt"), "SECRET-TOKEN-1234: yes\n");
    Files.delete(assets.resolve("logokit.yaml"));
    Files.createSymbolicLink(assets.resolve("logokit.yaml"), secret);
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("logokit.yaml: is a link that leads outside the assets folder"),
        r.err());
    assertFalse(r.all().contains("SECRET"), r.all());

    Path named = dir.resolve("ci.yaml");
    Files.createSymbolicLink(named, secret);
    r = Cli.run("check", "--assets", assets.toString(), "--out", dir.resolve("o").toString(),
        "--config", named.toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("ci.yaml: is a link"), r.err());
    assertFalse(r.all().contains("SECRET"), r.all());
  }

  @Test
  void aConfigThatIsNotYamlIsNotEchoed() throws Exception {
    Path assets = kit("masters: [a.svg]\n");
    TestFiles.write(assets.resolve("logokit.yaml"), "SECRET-TOKEN-1234 not a config\n");
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertFalse(r.all().contains("SECRET"), r.all());
  }

  @Test
  void aGiantConfigOrAFifoIsRefusedBeforeItIsRead() throws Exception {
    Path assets = kit("masters: [a.svg]\n");
    try (RandomAccessFile f = new RandomAccessFile(assets.resolve("logokit.yaml").toFile(),
        "rw")) {
      f.setLength(3L << 30); // sparse: 3 GiB of nothing
    }
    Cli r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o")
        .toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("over the input budget") || r.err().contains("over the config"),
        r.err());
    assertEquals(1, r.err().lines().count(), r.err());

    Files.delete(assets.resolve("logokit.yaml"));
    new ProcessBuilder("mkfifo", assets.resolve("logokit.yaml").toString()).start().waitFor();
    r = Cli.run("render", "--assets", assets.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("is not a regular file"), r.err());
  }

  /** assets/ with a.svg, b.svg and this logokit.yaml. */
  private Path kit(String yaml) throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "red"));
    TestFiles.write(assets.resolve("b.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "blue"));
    TestFiles.write(assets.resolve("logokit.yaml"), yaml);
    return assets;
  }
}
