package org.logokit.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * action.yml, the workflow that uses it and docs/ci.md, read as GitHub would read them: GitHub
 * cannot run here, so what it would refuse or run wrongly is checked on the files.
 */
class ActionDefinitionTest {
  static final Path ACTION = Path.of("action.yml");
  static final Path WORKFLOW = Path.of(".github/workflows/logokit-check.yml");
  static final Path SCRIPT = Path.of("src/main/action/logokit-check.sh");
  static final Pattern RUN = Pattern.compile("bash \"\\$GITHUB_ACTION_PATH/src/main/action/"
      + "logokit-check\\.sh\" (key|build|check|artifact)");

  static JsonNode yaml(Path file) throws Exception {
    return new YAMLMapper().readTree(file.toFile());
  }

  static List<JsonNode> steps() throws Exception {
    List<JsonNode> steps = new ArrayList<>();
    yaml(ACTION).get("runs").get("steps").forEach(steps::add);
    return steps;
  }

  static Set<String> names(JsonNode map) {
    Set<String> names = new LinkedHashSet<>();
    map.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void itIsACompositeActionWhoseRunStepsNameTheirShell() throws Exception {
    JsonNode action = yaml(ACTION);
    assertNotNull(action.get("name"));
    assertNotNull(action.get("description"));
    assertEquals("composite", action.get("runs").get("using").asText());
    for (JsonNode step : steps()) {
      assertNotNull(step.get("name"), step.toString());
      assertTrue(step.has("run") ^ step.has("uses"), "run or uses: " + step);
      if (step.has("run")) {
        assertEquals("bash", step.path("shell").asText(), "a composite run step needs a shell: "
            + step);
      }
    }
  }

  @Test
  void inputsReachShellOnlyThroughEnvAndTheScriptIsAllARunStepDoes() throws Exception {
    for (JsonNode step : steps()) {
      if (step.has("run")) {
        String run = step.get("run").asText().strip();
        assertFalse(run.contains("${{"), "an expression in shell text is script injection: "
            + run);
        assertTrue(RUN.matcher(run).matches(), "the logic is the script's: " + run);
      }
    }
    assertTrue(Files.isExecutable(SCRIPT));
    assertTrue(Files.isRegularFile(SCRIPT.resolveSibling("logokit-check.jq")));
  }

  @Test
  void everyInputAndStepOutputReferencedExists() throws Exception {
    String text = Files.readString(ACTION);
    Set<String> inputs = names(yaml(ACTION).get("inputs"));
    Matcher in = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)").matcher(text);
    Set<String> used = new HashSet<>();
    while (in.find()) {
      assertTrue(inputs.contains(in.group(1)), "no input " + in.group(1));
      used.add(in.group(1));
    }
    assertEquals(inputs, used, "every input is used");

    // A step's outputs are read only after it, and only the outputs the script (or the
    // action used) writes.
    Map<String, Set<String>> written = Map.of(
        "key", scriptOutputs("cmd_key"),
        "check", scriptOutputs("cmd_check"),
        "java", Set.of("path", "version"),
        "build-cache", Set.of("cache-hit"),
        "m2-cache", Set.of("cache-hit"),
        "upload", Set.of("artifact-id", "artifact-url"));
    Set<String> earlier = new HashSet<>();
    Pattern ref = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)");
    for (JsonNode step : steps()) {
      Matcher m = ref.matcher(step.toString());
      while (m.find()) {
        assertTrue(earlier.contains(m.group(1)), "step " + m.group(1) + " before " + step);
        assertTrue(written.get(m.group(1)).contains(m.group(2)), m.group());
      }
      if (step.has("id")) {
        earlier.add(step.get("id").asText());
      }
    }
    for (JsonNode output : yaml(ACTION).get("outputs")) {
      Matcher m = ref.matcher(output.get("value").asText());
      assertTrue(m.find(), output.toString());
      assertTrue(written.get(m.group(1)).contains(m.group(2)), m.group());
    }
  }

  /** The names a function of the script passes to {@code put}. */
  static Set<String> scriptOutputs(String function) throws Exception {
    String script = Files.readString(SCRIPT);
    int start = script.indexOf(function + "() {");
    String body = script.substring(start, script.indexOf("\n}\n", start));
    Set<String> names = new HashSet<>();
    Matcher m = Pattern.compile("\\bput ([a-z0-9-]+) ").matcher(body);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void inputsDefaultToAFullCheckWithTemurin25() throws Exception {
    JsonNode inputs = yaml(ACTION).get("inputs");
    assertEquals(Set.of("assets", "out", "config", "pixels", "report", "artifact-name",
        "java-distribution", "java-version", "java-home"), names(inputs));
    assertEquals("assets", inputs.get("assets").get("default").asText());
    assertEquals("output", inputs.get("out").get("default").asText());
    assertEquals("true", inputs.get("pixels").get("default").asText());
    assertEquals("temurin", inputs.get("java-distribution").get("default").asText());
    assertEquals("25", inputs.get("java-version").get("default").asText());
    assertEquals("", inputs.get("java-home").get("default").asText());
    for (JsonNode input : inputs) {
      assertFalse(input.path("required").asBoolean(), input.toString());
      assertFalse(input.get("description").asText().isBlank(), input.toString());
    }
  }

  @Test
  void javaIsSetUpUnlessAJdkIsGivenAndTheBuildIsCachedByItsKey() throws Exception {
    Map<String, JsonNode> uses = new java.util.LinkedHashMap<>();
    for (JsonNode step : steps()) {
      if (step.has("uses")) {
        String action = step.get("uses").asText();
        assertTrue(action.matches("actions/[a-z-]+(/[a-z]+)?@v\\d+"), "a pinned major: "
            + action);
        uses.put(step.path("id").asText(step.get("name").asText()), step);
      }
    }
    JsonNode java = uses.get("java");
    assertEquals("actions/setup-java@v4", java.get("uses").asText());
    assertEquals("inputs.java-home == ''", java.get("if").asText());
    assertEquals("${{ steps.key.outputs.build-key }}",
        uses.get("build-cache").get("with").get("key").asText());
    assertEquals("actions/cache/restore@v4", uses.get("build-cache").get("uses").asText());
    assertTrue(uses.values().stream().anyMatch(s -> s.get("uses").asText()
        .equals("actions/cache/save@v4") && s.get("with").get("key").asText()
        .equals("${{ steps.key.outputs.build-key }}")), "saved as soon as it is built");
    assertTrue(uses.get("upload").get("if").asText().contains("steps.check.outputs.report != ''"),
        "the diff is uploaded when check wrote one");
    assertFalse(Files.readString(ACTION).contains("apt-get"), "no system package is installed");
  }

  @Test
  void theWorkflowChecksPullRequestsWithThisAction() throws Exception {
    JsonNode wf = yaml(WORKFLOW);
    JsonNode on = wf.get("on");
    assertEquals(Set.of("pull_request"), names(on), "never pull_request_target");
    String paths = on.get("pull_request").get("paths").toString();
    assertTrue(paths.contains("\"assets/**\"") && paths.contains("\"output/**\""), paths);
    assertEquals("read", wf.get("permissions").get("contents").asText());
    assertEquals(1, names(wf.get("permissions")).size(), wf.get("permissions").toString());
    JsonNode steps = wf.get("jobs").get("check").get("steps");
    JsonNode check = null;
    for (JsonNode step : steps) {
      if (step.path("uses").asText().equals("./")) {
        check = step;
      }
    }
    assertNotNull(check, "the workflow uses this repository's action: " + steps);
    assertEquals("assets", check.get("with").get("assets").asText());
    assertEquals("output", check.get("with").get("out").asText());
    assertEquals("true", check.get("with").get("pixels").asText());
    Set<String> inputs = names(yaml(ACTION).get("inputs"));
    assertTrue(inputs.containsAll(names(check.get("with"))), check.toString());
  }

  @Test
  void theDocsShowAnotherRepositoryUsingItAndEveryInputAndOutput() throws Exception {
    String doc = Files.readString(Path.of("docs/ci.md"));
    assertTrue(doc.contains("uses: <owner>/logokit@"), "another repository's use");
    JsonNode action = yaml(ACTION);
    for (String name : names(action.get("inputs"))) {
      assertTrue(doc.contains("| `" + name + "` |"), "input " + name + " documented");
    }
    for (String name : names(action.get("outputs"))) {
      assertTrue(doc.contains("| `" + name + "` |"), "output " + name + " documented");
    }
    // The example's inputs are the action's.
    Matcher example = Pattern.compile(
        "uses: <owner>/logokit@\\S+\n\\s+with:\n((?:\\s+[a-z-]+:.*\n)+)").matcher(doc);
    assertTrue(example.find(), doc);
    for (String line : example.group(1).strip().split("\n")) {
      String name = line.strip().split(":", 2)[0];
      assertTrue(names(action.get("inputs")).contains(name), "no input " + name);
    }
  }
}
