package org.logokit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules docs/architecture.md and each package-info state, as tests: a change that breaks
 * one fails the build, naming the class and the dependency.
 */
class ArchitectureTest {
  /** Every stage, and the logokit packages each may import (besides itself and the JDK). */
  static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
      Map.entry("text", Set.of()),
      Map.entry("format", Set.of("text")),
      Map.entry("write", Set.of("text")),
      Map.entry("kit", Set.of("format", "text")),
      Map.entry("manifest", Set.of("format", "text")),
      Map.entry("plan", Set.of("kit", "format", "text")),
      Map.entry("screen", Set.of("kit", "plan", "text")),
      Map.entry("render", Set.of("screen", "kit", "plan", "format", "text")),
      Map.entry("verify", Set.of("manifest", "format", "kit", "plan", "text", "write")),
      Map.entry("sets", Set.of("kit", "report", "text")),
      Map.entry("report", Set.of("manifest", "verify", "format", "kit", "text", "write")),
      Map.entry("adopt", Set.of("kit", "plan", "screen", "render", "verify", "format",
          "manifest", "text", "write")),
      Map.entry("pipeline", Set.of("kit", "plan", "screen", "render", "format", "manifest",
          "verify", "report", "sets", "text", "write")),
      Map.entry("cli", Set.of("adopt", "format", "kit", "manifest", "pipeline", "plan",
          "screen", "render", "report", "sets", "text", "verify", "write")));

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.logokit");
  }

  static List<String> stages() {
    return new ArrayList<>(new TreeSet<>(MAY_IMPORT.keySet()));
  }

  @Test
  void everyPackageIsAStageWithItsRules() {
    Set<String> found = new TreeSet<>();
    classes.forEach(c -> {
      String rest = c.getPackageName().substring("org.logokit".length());
      if (!rest.isEmpty()) {
        found.add(rest.substring(1).split("\\.")[0]);
      }
    });
    org.junit.jupiter.api.Assertions.assertEquals(new TreeSet<>(MAY_IMPORT.keySet()), found,
        "a new package gets its rules here and a package-info");
  }

  @ParameterizedTest
  @MethodSource("stages")
  void eachStageImportsOnlyWhatItsPackageInfoSays(String stage) {
    Set<String> allowed = MAY_IMPORT.get(stage);
    String[] forbidden = MAY_IMPORT.keySet().stream()
        .filter(s -> !s.equals(stage) && !allowed.contains(s))
        .map(s -> "org.logokit." + s + "..").toArray(String[]::new);
    if (forbidden.length == 0) {
      return;
    }
    noClasses().that().resideInAPackage("org.logokit." + stage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .because(stage + "'s package-info says what it may import")
        .check(classes);
  }

  @Test
  void stagesFormNoCycle() {
    slices().matching("org.logokit.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void cliIsTheOnlyPicocliUser() {
    noClasses().that().resideOutsideOfPackage("org.logokit.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .because("the CLI is a thin layer over a core that can be tested without it")
        .check(classes);
  }

  @Test
  void planDoesNoIo() {
    noClasses().that().resideInAPackage("org.logokit.plan..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..",
            "java.nio.channels..")
        .because("planning is pure: a kit and sizes in, jobs out")
        .check(classes);
  }

  @Test
  void renderAndFormatsNeverTouchTheOutputFolder() {
    noClasses().that().resideInAnyPackage("org.logokit.render..", "org.logokit.format..")
        .should().dependOnClassesThat().resideInAnyPackage("org.logokit.write..")
        .because("painting and encoding make bytes in memory; the output folder is write's")
        .check(classes);
  }

  @Test
  void screeningNeverPaints() {
    noClasses().that().resideInAPackage("org.logokit.screen..")
        .should().dependOnClassesThat().resideInAnyPackage("org.logokit.render..",
            "org.apache.batik.gvt..", "org.apache.batik.bridge..", "java.awt..")
        .because("the screen decides whether a master may be rendered; it renders nothing")
        .check(classes);
  }

  @Test
  void verifyNeverRenders() {
    noClasses().that().resideInAPackage("org.logokit.verify..")
        .should().dependOnClassesThat().resideInAnyPackage("org.logokit.render..",
            "org.logokit.pipeline..", "org.apache.batik..")
        .because("verify reads the manifest and the files; it never renders")
        .check(classes);
  }
}
