package org.logokit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Issue 20, item 2: a test class that runs no test fails the build; one whose tests are each
 * skipped with a reason does not. The classes below are run by a launcher of their own (surefire
 * runs no nested class), with the configuration the build uses.
 */
class EveryClassRunsATestTest {
  /** What the launcher says of each class: its result, or "skipped: reason". */
  private static Map<String, String> run(Class<?>... classes) {
    Map<String, String> results = new LinkedHashMap<>();
    var request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> c : classes) {
      request.selectors(selectClass(c));
    }
    LauncherFactory.create().execute(request.build(), new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.getSource().orElse(null) instanceof ClassSource s) {
          results.put(s.getJavaClass().getSimpleName(), result.getStatus()
              + result.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
        }
      }

      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        if (id.getSource().orElse(null) instanceof ClassSource s) {
          results.put(s.getJavaClass().getSimpleName(), "skipped: " + reason);
        }
      }
    });
    return results;
  }

  @Test
  void aClassAbortedBeforeItsFirstTestFails() {
    String result = run(AssumesInBeforeAll.class).get("AssumesInBeforeAll");
    assertTrue(result.startsWith("FAILED: " + AssumesInBeforeAll.class.getName()
        + " ran no test: none started and none was skipped with a reason"), result);
  }

  @Test
  void classesWhoseTestsRanOrWereSkippedWithAReasonPass() {
    assertEquals(Map.of("AssumesInBeforeEach", "SUCCESSFUL", "DisablesEachTest", "SUCCESSFUL",
        "RunsOne", "SUCCESSFUL", "DisabledAsAWhole", "skipped: not now"),
        run(AssumesInBeforeEach.class, DisablesEachTest.class, RunsOne.class,
            DisabledAsAWhole.class));
  }

  static class AssumesInBeforeAll {
    @BeforeAll
    static void cannotRunHere() {
      assumeTrue(false, "not on this machine");
    }

    @Test
    void one() {}
  }

  static class AssumesInBeforeEach {
    @BeforeEach
    void cannotRunHere() {
      assumeTrue(false, "not on this machine");
    }

    @Test
    void one() {}
  }

  static class DisablesEachTest {
    @Test
    @Disabled("not now")
    void one() {}
  }

  static class RunsOne {
    @Test
    void one() {}
  }

  @Disabled("not now")
  static class DisabledAsAWhole {
    @Test
    void one() {}
  }
}
