package org.logokit.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.LogokitCommand;

/**
 * The GitHub Action's logic, {@code src/main/action/logokit-check.sh}, run as the runner runs
 * it: in a workspace, with GitHub's files and variables faked in a temporary folder
 * ({@code GITHUB_STEP_SUMMARY}, {@code GITHUB_OUTPUT}, ...) and the real logokit of this build
 * ({@code LOGOKIT} is a wrapper that runs {@code org.logokit.cli.Main} on the test classpath).
 */
class ActionScriptTest {
  static final Path SOURCES = Path.of("src/main/action").toAbsolutePath();
  static final Path SCRIPT = SOURCES.resolve("logokit-check.sh");
  /** What the script writes to $GITHUB_OUTPUT after a check. */
  static final Set<String> CHECK_OUTPUTS = Set.of("result", "exit-code", "findings",
      "masters-changed", "report");

  @TempDir Path dir;
  Path workspace;
  Path logokit;

  record Run(int exit, String stdout, String stderr, String summary,
      Map<String, String> outputs) {
    String all() {
      return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr
          + "--- summary\n" + summary + "--- outputs\n" + outputs;
    }
  }

  /** Asked before each test: without jq each test is reported skipped, with the reason. */
  static void jqIsThere() throws Exception {
    boolean jq;
    try {
      jq = new ProcessBuilder("jq", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      jq = false;
    }
    // GitHub's runners have jq; a bare Debian needs `apt-get install jq`.
    assumeTrue(jq, "the action reads check's JSON with jq, which is not on PATH");
  }

  @BeforeEach
  void kitAndLogokit() throws Exception {
    jqIsThere();
    workspace = Files.createDirectories(dir.resolve("workspace"));
    TestFiles.smallKit(workspace, "[own, 16px]");
    render(workspace);
    logokit = wrapper(dir.resolve("bin/logokit"));
  }

  /** Renders the workspace's kit into its output/, as the repository would have committed it. */
  static void render(Path ws) {
    int exit = LogokitCommand.commandLine().execute("render", "-q", "--assets",
        ws.resolve("assets").toString(), "--out", ws.resolve("output").toString());
    assertEquals(0, exit, "render");
  }

  /** A launcher like target/logokit: this JDK, the test classpath. */
  static Path wrapper(Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    assertFalse((java + classpath).contains("'"), "quoted below");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\nexec '" + java + "' --enable-native-access=ALL-UNNAMED"
        + " -cp '" + classpath + "' org.logokit.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  Run action(String command, Map<String, String> env) throws Exception {
    return run(SCRIPT, command, env);
  }

  /** The script {@code script} run in the workspace with a fake GitHub environment. */
  Run run(Path script, String command, Map<String, String> env) throws Exception {
    Path summary = dir.resolve("step-summary.md");
    Path outputs = dir.resolve("github-output");
    Files.deleteIfExists(summary);
    Files.deleteIfExists(outputs);
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), command)
        .directory(workspace.toFile());
    Map<String, String> e = pb.environment();
    e.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("RUNNER_")
        || k.startsWith("LOGOKIT") || k.startsWith("ACTION_") || k.equals("JAVA_HOME"));
    e.put("GITHUB_STEP_SUMMARY", summary.toString());
    e.put("GITHUB_OUTPUT", outputs.toString());
    e.put("GITHUB_WORKSPACE", workspace.toString());
    e.put("GITHUB_ACTION_PATH", script.getParent().getParent().getParent().getParent()
        .toString());
    e.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
    e.put("RUNNER_OS", "Linux");
    e.put("RUNNER_ARCH", "X64");
    e.put("ACTION_JAVA_HOME", System.getProperty("java.home"));
    e.put("LOGOKIT", logokit.toString());
    e.putAll(env);
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    Run r = new Run(TestFiles.exitOf(p), Files.readString(stdout), Files.readString(stderr),
        Files.exists(summary) ? Files.readString(summary) : "",
        Files.exists(outputs) ? outputs(Files.readString(outputs)) : Map.of());
    assertNoCommandButAnnotations(r);
    return r;
  }

  /**
   * $GITHUB_OUTPUT as the runner reads it; fails on any line that is not part of a
   * {@code name<<delimiter} block, which is what a value with a newline would make.
   */
  static Map<String, String> outputs(String file) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> lines = file.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String[] head = lines.get(i).split("<<", 2);
      assertEquals(2, head.length, "not a name<<delimiter line: " + lines.get(i));
      StringBuilder value = new StringBuilder();
      int j = i + 1;
      for (; !lines.get(j).equals(head[1]); j++) {
        value.append(value.isEmpty() ? "" : "\n").append(lines.get(j));
      }
      assertFalse(values.containsKey(head[0]), "set twice: " + head[0]);
      values.put(head[0], value.toString());
      i = j;
    }
    return values;
  }

  /**
   * The runner reads stdout and stderr line by line (a line ends at \n or \r) and runs any line
   * that starts with "::" as a workflow command. The only commands here are the action's own
   * annotations, each with its two "::" and no third; no "##[" (the legacy form) anywhere.
   */
  static void assertNoCommandButAnnotations(Run r) {
    for (String line : (r.stdout + "\n" + r.stderr).split("[\r\n]", -1)) {
      boolean annotation = line.startsWith("::error file=") && line.split("::", -1).length == 3;
      assertFalse(line.strip().startsWith("::") && !annotation, "a command: " + line);
      assertFalse(line.contains("##["), "a command: " + line);
    }
  }

  /** The summary's Markdown with its code spans taken out: what could be markup. */
  static String outsideCodeSpans(String markdown) {
    return markdown.replaceAll("`[^`\n]*`", "");
  }

  void editMaster(String file) throws IOException {
    Path master = workspace.resolve("assets").resolve(file);
    Files.writeString(master, Files.readString(master).replace("red", "#b03020"));
  }

  @Test
  void aCurrentKitPassesWithACurrentSummary() throws Exception {
    Run r = action("check", Map.of());
    assertEquals(0, r.exit, r.all());
    assertTrue(r.stdout.contains("logokit check --assets assets --out output --format json"
        + " --pixels --report " + dir.resolve("runner-temp/logokit-report")), r.all());
    assertFalse(r.stdout.contains("::error"), r.all());
    assertEquals("## logokit check\n\n✅ **`output` is current**: every output is what the"
        + " masters in `assets` make (hashes and pixels compared).\n\n", r.summary, r.all());
    assertEquals(Map.of("result", "current", "exit-code", "0", "findings", "0",
        "masters-changed", "0", "report", ""), r.outputs);
  }

  /** A deflater upgrade leaves the kit green, and the summary says what render --reencode does. */
  @Test
  void outputsAnotherEncoderMadeAreCurrentAndTheSummarySaysSo() throws Exception {
    Path manifest = workspace.resolve("output/manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replaceAll(
        "\"encoder\" : \"png-[^\"]*\"", "\"encoder\" : \"png-0+<b>old</b>\""));
    // The contact sheet as the logokit that wrote that manifest made it.
    Files.write(workspace.resolve("output/index.html"), org.logokit.report.ContactSheet.html(
        org.logokit.manifest.ManifestJson.read(Files.readAllBytes(manifest)).manifest(),
        org.logokit.write.OutputFolder.open(workspace.resolve("output"), false)));
    Run r = action("check", Map.of());
    assertEquals(0, r.exit, r.all());
    assertTrue(r.summary.contains("ℹ️ 4 outputs of `output` have the pixels this logokit makes "
        + "but bytes from another encoder (e.g. `a/a-16px.png`: `png-0+<b>old</b>`, this "
        + "logokit's `png-2+jlibdeflate-"), r.summary);
    assertTrue(r.summary.contains("`logokit render --assets assets --out output --reencode` "
        + "rewrites them."), r.summary);
    assertFalse(outsideCodeSpans(r.summary).contains("<b>"), r.summary);
  }

  @Test
  void aChangedMasterFailsWithTheMasterListedItsFilesAnnotatedAndTheDiffNamed()
      throws Exception {
    editMaster("a.svg");
    Run r = action("check", Map.of());
    assertEquals(1, r.exit, r.all());
    // One annotation on the master (relative to the workspace, so GitHub places it), naming
    // its outputs, with the pixel figures joined as logokit's own --format github does.
    List<String> annotations = r.stdout.lines().filter(l -> l.startsWith("::")).toList();
    assertEquals(1, annotations.size(), r.all());
    assertTrue(annotations.get(0).startsWith("::error file=assets/a.svg,title=logokit check::"
        + "master changed: 2 outputs: a/a-16px.png, a/a.png; pixels changed in 2 outputs: max "),
        r.all());

    Path report = dir.resolve("runner-temp/logokit-report");
    assertTrue(Files.isRegularFile(report.resolve("index.html")), "the visual diff is written");
    assertEquals(Map.of("result", "findings", "exit-code", "1", "findings", "4",
        "masters-changed", "1", "report", report.toString()), r.outputs);
    String s = r.summary;
    assertTrue(s.contains("❌ **`output` is not what the masters make**: 4 findings in 2 outputs"
        + " (exit 1)."), s);
    assertTrue(s.contains("| 4 | 2 | 1 | 0 |"), "the counts: " + s);
    assertTrue(s.contains("### Masters changed\n\n- `assets/a.svg`: 2 outputs\n"), s);
    assertTrue(s.contains("| `assets/a.svg` | `master changed; pixels changed in 2 outputs: max "),
        s);
    assertTrue(s.contains("| 2 outputs: `a/a-16px.png`, `a/a.png` |"), s);
    assertFalse(s.contains("b.svg") || s.contains("b/b"), "b.svg is current: " + s);
    assertTrue(s.contains("the artifact `logokit-visual-diff` (written to `" + report + "`"), s);
    assertTrue(s.contains("To update `output`, run `logokit render --assets assets --out output`"
        + " and commit the result."), s);
  }

  @Test
  void outputsOfAnotherSizeGetTheirReasonNotAnInventedMaximum() throws Exception {
    Path master = workspace.resolve("assets/a.svg");
    Files.writeString(master, Files.readString(master).replace("height=\"20\"",
        "height=\"10\""));
    Run r = action("check", Map.of());
    assertEquals(1, r.exit, r.all());
    List<String> annotations = r.stdout.lines().filter(l -> l.startsWith("::")).toList();
    assertEquals(1, annotations.size(), r.all());
    // Pixels of another size are not compared: no figure, the reason of each.
    assertTrue(annotations.get(0).endsWith("master changed: 2 outputs: a/a-16px.png, a/a.png; "
        + "pixels changed in 2 outputs: size 16x16 -> 16x8; size 20x20 -> 20x10"), r.all());
    assertTrue(r.summary.contains("pixels changed in 2 outputs: size 16x16 -> 16x8; "), r.summary);
  }

  @Test
  void theReportFolderAndArtifactNameAreTheInputs() throws Exception {
    editMaster("a.svg");
    Path report = dir.resolve("my report");
    Run r = action("check", Map.of("LOGOKIT_REPORT", report.toString(), "LOGOKIT_ARTIFACT",
        "kit-diff"));
    assertEquals(1, r.exit, r.all());
    assertTrue(Files.isRegularFile(report.resolve("index.html")), r.all());
    assertEquals(report.toString(), r.outputs.get("report"));
    assertTrue(r.summary.contains("the artifact `kit-diff` (written to `" + report + "`"),
        r.summary);
  }

  @Test
  void withoutPixelsHashesAloneAreComparedAndNoDiffIsMade() throws Exception {
    editMaster("a.svg");
    Run r = action("check", Map.of("LOGOKIT_PIXELS", "false"));
    assertEquals(1, r.exit, r.all());
    assertTrue(r.stdout.contains("logokit check --assets assets --out output --format json\n"),
        r.all());
    assertEquals("2", r.outputs.get("findings"), r.all());
    assertEquals("", r.outputs.get("report"));
    assertFalse(r.summary.contains("Visual diff"), r.summary);
    assertFalse(Files.exists(dir.resolve("runner-temp/logokit-report")));

    Path master = workspace.resolve("assets/a.svg");
    Files.writeString(master, Files.readString(master).replace("#b03020", "red"));
    Run current = action("check", Map.of("LOGOKIT_PIXELS", "false"));
    assertEquals(0, current.exit, current.all());
    assertTrue(current.summary.contains("(hashes compared; pixels not compared)"),
        current.summary);
  }

  @Test
  void aBadConfigExitsTwoWithTheConfigErrorInTheSummaryAndOnItsLine() throws Exception {
    Path config = workspace.resolve("assets/logokit.yaml");
    Files.writeString(config, Files.readString(config) + "colour: red\n");
    Run r = action("check", Map.of());
    assertEquals(2, r.exit, r.all());
    assertTrue(r.stdout.lines().anyMatch(l -> l.startsWith(
        "::error file=assets/logokit.yaml,line=3,title=logokit check::unknown key 'colour'")),
        r.all());
    assertTrue(r.summary.contains("⚠️ **logokit could not check `output`**: bad usage or a bad"
        + " kit config (exit 2)."), r.summary);
    assertTrue(r.summary.contains("### Problems\n\n- `assets/logokit.yaml:3`: `unknown key"
        + " 'colour' (known keys: "), r.summary);
    assertFalse(r.summary.contains("To update"), r.summary);
    assertEquals("error", r.outputs.get("result"));
    assertEquals("2", r.outputs.get("exit-code"));
    assertEquals("", r.outputs.get("report"));
  }

  @Test
  void aConfigInputIsPassedAsCheckSConfig() throws Exception {
    TestFiles.write(workspace.resolve("assets/other.yaml"),
        "targets: [own]\nmasters: [a.svg, b.svg]\n");
    Run r = action("check", Map.of("LOGOKIT_CONFIG", "assets/other.yaml"));
    assertEquals(1, r.exit, "the 16px outputs are no longer planned: " + r.all());
    assertTrue(r.stdout.contains("--config assets/other.yaml"), r.all());
    assertTrue(r.summary.contains("run `logokit render --assets assets --config assets/other.yaml"
        + " --out output`"), r.summary);
  }

  @Test
  void aUsageErrorThatOnlyReachesStderrIsInTheSummary() throws Exception {
    // An input that looks like an option: logokit refuses it as picocli's usage error.
    Run r = action("check", Map.of("LOGOKIT_ASSETS", "--pixels"));
    assertEquals(2, r.exit, r.all());
    assertTrue(r.stderr.contains("error: Expected parameter for option '--assets' but found"
        + " '--pixels'"), "check's stderr is in the log: " + r.all());
    assertTrue(r.summary.contains("### What logokit said\n\n    `error: Expected parameter for"
        + " option '--assets' but found '--pixels'`"), r.summary);
    assertEquals("error", r.outputs.get("result"));
  }

  @Test
  void anInputWithANewlineFormsNoCommandEither() throws Exception {
    Run r = action("check", Map.of("LOGOKIT_CONFIG", "c\n::add-mask::x.yaml"));
    assertEquals(2, r.exit, r.all());
    assertTrue(r.stdout.contains("--config c\\x0a:\\x3aadd-mask:\\x3ax.yaml"), r.all());
    assertTrue(r.summary.contains("`c\\x0a:\\x3aadd-mask:\\x3ax.yaml"), r.summary);
  }

  @Test
  void pixelsMustBeTrueOrFalse() throws Exception {
    Run r = action("check", Map.of("LOGOKIT_PIXELS", "yes"));
    assertEquals(2, r.exit, r.all());
    assertTrue(r.summary.contains("the input 'pixels' must be true or false"), r.summary);
    assertEquals(Map.of("result", "error", "exit-code", "2"), r.outputs);
  }

  @Test
  void aLogokitThatIsNotThereIsAnErrorOfTheActionNotAPass() throws Exception {
    Run r = action("check", Map.of("LOGOKIT", dir.resolve("no\n::add-mask::`|").toString()));
    assertEquals(2, r.exit, r.all());
    assertTrue(r.summary.contains("⚠️ **logokit could not check**: `no logokit at '" + dir
        + "/no\\x0a:\\x3aadd-mask:\\x3a\\x60\\x7c': build it first"), r.summary);
    assertEquals(Map.of("result", "error", "exit-code", "2"), r.outputs);
  }

  @Test
  void anyOtherExitOfLogokitIsPassedOnWithWhatItSaid() throws Exception {
    Path crash = dir.resolve("bin/crash");
    Files.writeString(crash, "#!/bin/sh\necho 'Killed <b>[x](y)</b>' >&2\nexit 137\n");
    Files.setPosixFilePermissions(crash, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run r = action("check", Map.of("LOGOKIT", crash.toString()));
    assertEquals(137, r.exit, r.all());
    assertTrue(r.summary.contains("⚠️ **logokit failed** (exit 137)."), r.summary);
    assertTrue(r.summary.contains("    `Killed <b>[x](y)</b>`"), "in a code span: " + r.summary);
    assertEquals("error", r.outputs.get("result"));
  }

  /**
   * A pull request names the masters and the files in the output folder. Here a master's file
   * name holds every character that means something in Markdown or HTML, and the output folder
   * holds files whose names carry a newline, a carriage return and workflow commands.
   */
  @Test
  void hostileNamesNeitherBreakTheSummaryNorFormCommandsNorOutputs() throws Exception {
    String master = "a|b<script>alert(1)`x`[l](http:e.com)*_~&amp;!.svg";
    Path assets = workspace.resolve("assets");
    Files.move(assets.resolve("a.svg"), assets.resolve(master));
    Files.writeString(assets.resolve("logokit.yaml"), "targets: [own, 16px]\nmasters:\n"
        + "  - {file: \"" + master + "\", name: a}\n  - b.svg\n");
    deleteOutput();
    render(workspace);
    editMaster(master);
    Path out = workspace.resolve("output");
    String[] files = {"x\n::add-mask::secret\r::set-output name=a::b%0A##[warning]w.png",
        "<img src=x onerror=alert(1)>|[c](javascript:alert(1))`.png"};
    for (String f : files) {
      Files.write(out.resolve(f), new byte[] {1});
    }

    Run r = action("check", Map.of("LOGOKIT_ARTIFACT", "diff|<b>"));
    assertEquals(1, r.exit, r.all());
    assertFalse(r.stdout.contains("\r"), "no carriage return reaches the log");
    assertTrue(r.stdout.contains("::error file=assets/a|b<script>alert(1)`x`"
        + "[l](http%3Ae.com)*_~&amp;!.svg,title=logokit check::master changed: 2 outputs: "),
        r.all());
    assertTrue(r.stdout.contains("::error file=output/x\\x0a%3A\\x3aadd-mask%3A\\x3asecret"
        + "\\x0d%3A\\x3aset-output name=a%3A\\x3ab%250A#\\x23[warning]w.png,title="), r.all());
    assertEquals(3, r.stdout.lines().filter(l -> l.startsWith("::error")).count(), r.all());
    assertEquals(CHECK_OUTPUTS, r.outputs.keySet(), "no output forged");

    String s = r.summary;
    assertTrue(s.contains("- `assets/a\\x7cb<script>alert(1)\\x60x\\x60[l](http:e.com)"
        + "*_~&amp;!.svg`: 2 outputs"), "shown in a code span: " + s);
    assertTrue(s.contains("`output/x\\x0a:\\x3aadd-mask:\\x3asecret\\x0d:\\x3aset-output"
        + " name=a:\\x3ab%0A#\\x23[warning]w.png`"), s);
    assertTrue(s.contains("`output/<img src=x onerror=alert(1)>\\x7c[c](javascript:alert(1))"
        + "\\x60.png`"), s);
    assertTrue(s.contains("the artifact `diff\\x7c<b>`"), s);
    String markup = outsideCodeSpans(s);
    for (String c : List.of("<", ">", "[", "]", "_", "&", "`", "~", "!", "\\")) {
      assertFalse(markup.contains(c), "'" + c + "' outside a code span: " + markup);
    }
    assertFalse(markup.replace("**", "").contains("*"), markup);
    assertRendersToPlainElements(s);
    // Every row of the findings table has its three cells, and the table ends where it should.
    List<String> table = s.lines().dropWhile(l -> !l.equals("| file | finding | outputs |"))
        .takeWhile(l -> !l.isEmpty()).toList();
    assertEquals(2 + 3, table.size(), "header, rule, one row per group: " + s);
    for (String row : table) {
      assertEquals(4, row.length() - row.replace("|", "").length(), row);
    }
  }

  /**
   * Where cmark-gfm (the Markdown engine GitHub's is built on; Debian: cmark-gfm) is installed,
   * the summary rendered with GitHub's extensions holds no element but the summary's own:
   * no link, image, script or other HTML from a name.
   */
  void assertRendersToPlainElements(String markdown) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("cmark-gfm", "-e", "table", "-e", "autolink", "-e", "tagfilter",
          "-e", "strikethrough").start();
    } catch (IOException e) {
      return; // not installed: the assertions above on the Markdown itself still hold
    }
    try (var in = p.getOutputStream()) {
      in.write(markdown.getBytes(StandardCharsets.UTF_8));
    }
    String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), html);
    Set<String> tags = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("</?([a-zA-Z0-9]+)").matcher(html);
    while (m.find()) {
      tags.add(m.group(1));
    }
    assertEquals(new java.util.TreeSet<>(List.of("code", "h2", "h3", "li", "p", "strong", "table",
        "tbody", "td", "th", "thead", "tr", "ul")), tags, html);
  }

  private void deleteOutput() throws IOException {
    try (var s = Files.walk(workspace.resolve("output"))) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The action's files copied beside fake logokit sources, to see what the key depends on. */
  Path fakeSources() throws IOException {
    Path root = dir.resolve("logokit");
    Path action = Files.createDirectories(root.resolve("src/main/action"));
    for (String f : List.of("logokit-check.sh", "logokit-check.jq")) {
      Files.copy(SOURCES.resolve(f), action.resolve(f));
    }
    TestFiles.write(root.resolve("pom.xml"), "<project/>\n");
    TestFiles.write(root.resolve("src/main/java/A.java"), "class A {}\n");
    return root;
  }

  @Test
  void theBuildIsCachedByLogokitsSourcesAndTheJdk() throws Exception {
    Path root = fakeSources();
    Path script = root.resolve("src/main/action/logokit-check.sh");
    Map<String, String> first = run(script, "key", Map.of()).outputs;
    String java = Runtime.version().toString();
    assertTrue(first.get("build-key").matches("logokit-build-Linux-X64-[0-9a-f]{64}-java"
        + java.replace("+", "\\+") + "-[0-9a-f]{8}"), first.toString());
    assertTrue(first.get("m2-key").matches("logokit-m2-Linux-X64-[0-9a-f]{64}"), first.toString());
    assertEquals("logokit-m2-Linux-X64-", first.get("m2-restore-key"));
    assertEquals(root.resolve("target").toString(), first.get("build-path"));
    assertEquals(first, run(script, "key", Map.of()).outputs, "the same sources, the same keys");

    Files.writeString(root.resolve("src/main/java/A.java"), "class A { int a; }\n");
    Map<String, String> edited = run(script, "key", Map.of()).outputs;
    assertNotEquals(first.get("build-key"), edited.get("build-key"), "a source changed");
    assertEquals(first.get("m2-key"), edited.get("m2-key"), "the same pom");

    Files.writeString(root.resolve("src/main/action/logokit-check.jq"), "\n# edited\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertEquals(edited, run(script, "key", Map.of()).outputs,
        "the action's own files are not logokit's build");

    Files.writeString(root.resolve("pom.xml"), "<project><!-- 2 --></project>\n");
    Map<String, String> pom = run(script, "key", Map.of()).outputs;
    assertNotEquals(edited.get("build-key"), pom.get("build-key"));
    assertNotEquals(edited.get("m2-key"), pom.get("m2-key"));
  }

  @Test
  void theBuildRunsMavenOnTheActionsOwnPomWithTheJdkGiven() throws Exception {
    Path root = fakeSources();
    Path bin = Files.createDirectories(dir.resolve("fake-bin"));
    Path mvn = bin.resolve("mvn");
    // A Maven that writes down how it was called and leaves a launcher where package would.
    Files.writeString(mvn, """
        #!/bin/sh
        printf '%%s\\n' "JAVA_HOME=$JAVA_HOME" "PATH=$PATH" "$@" > '%s'
        mkdir -p '%s'
        printf '#!/bin/sh\\necho logokit 9.9\\n' > '%s/logokit'
        chmod +x '%s/logokit'
        """.formatted(dir.resolve("mvn-args"), root.resolve("target"), root.resolve("target"),
        root.resolve("target")));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    Run r = run(root.resolve("src/main/action/logokit-check.sh"), "build", env);
    assertEquals(0, r.exit, r.all());
    assertTrue(r.stdout.contains("logokit 9.9"), r.all());
    List<String> args = Files.readAllLines(dir.resolve("mvn-args"));
    assertEquals("JAVA_HOME=" + System.getProperty("java.home"), args.get(0));
    assertTrue(args.get(1).startsWith("PATH=" + Path.of(System.getProperty("java.home"), "bin")
        + ":"), "the build records the java on PATH: " + args.get(1));
    assertTrue(args.containsAll(List.of("-B", "-f", root.resolve("pom.xml").toString(),
        "package")), args.toString());
  }

  @Test
  void theArtifactsLinkIsAddedWithItsNameEscaped() throws Exception {
    String url = "https://github.com/o/r/actions/runs/1/artifacts/2";
    Run r = action("artifact", Map.of("LOGOKIT_ARTIFACT", "diff|<b>`x`", "ARTIFACT_URL", url));
    assertEquals(0, r.exit, r.all());
    assertEquals("Download the visual diff: [`diff\\x7c<b>\\x60x\\x60`](" + url + ")\n\n",
        r.summary);

    Run odd = action("artifact", Map.of("ARTIFACT_URL", "javascript:alert(1)"));
    assertEquals("The visual diff is the artifact `logokit-visual-diff` of this run.\n\n",
        odd.summary, "only a plain https address is linked");
  }
}
