package org.logokit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Fails a test class that ran no test: no test was started and none was skipped with a reason.
 * Registered for every test class (src/test/resources/META-INF/services and
 * junit-platform.properties), so that a class cannot silently run nothing.
 *
 * <p>Issue 20, item 2: an assumption in {@code @BeforeAll} that fails aborts the whole class
 * before any test starts, and surefire then reports "Tests run: 0, Skipped: 0": the build
 * passed with {@code FontsCliTest} running none of its 12 tests. A test that cannot run must
 * say so one by one (an assumption in {@code @BeforeEach} or in the test), and is then counted
 * as skipped. A test disabled with a reason ({@code @Disabled}, a condition) counts too; a class
 * disabled as a whole is reported skipped by JUnit and never reaches this.
 */
public final class EveryClassRunsATest implements BeforeEachCallback, TestWatcher,
    AfterAllCallback {
  private static final ExtensionContext.Namespace HERE =
      ExtensionContext.Namespace.create(EveryClassRunsATest.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    count(context);
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    count(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (tests(context).get() == 0) {
      throw new AssertionError(context.getRequiredTestClass().getName() + " ran no test: none "
          + "started and none was skipped with a reason (an assumption in @BeforeAll aborts "
          + "the whole class unreported; assume in @BeforeEach or in each test instead)");
    }
  }

  /** Counts a test in its class and in every class enclosing it (a @Nested class's outer). */
  private static void count(ExtensionContext test) {
    for (Optional<ExtensionContext> c = test.getParent(); c.isPresent();
        c = c.get().getParent()) {
      if (c.get().getTestClass().isPresent() && c.get().getTestMethod().isEmpty()) {
        tests(c.get()).incrementAndGet();
      }
    }
  }

  private static AtomicInteger tests(ExtensionContext classContext) {
    return classContext.getStore(HERE).getOrComputeIfAbsent("tests", k -> new AtomicInteger(),
        AtomicInteger.class);
  }
}
