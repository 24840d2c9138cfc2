package org.logokit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * The bytes every thread of this JVM allocates while some work runs: how a test tells that a
 * file was not decoded (one 8192 x 8192 RGBA image is 256 MiB) by counting, never by timing.
 */
public final class Allocated {
  /** One 8192 x 8192 RGBA image decoded: the largest an output may be. */
  public static final long ONE_LARGEST_IMAGE = 256L << 20;

  private Allocated() {}

  /** Work that may throw. */
  public interface Work {
    void run() throws Exception;
  }

  /** What {@code work} allocated, over every thread it used (threads that ended included). */
  public static long by(Work work) throws Exception {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported()
        && threads.isThreadAllocatedMemoryEnabled(), "this JVM counts no allocation");
    long before = threads.getTotalThreadAllocatedBytes();
    work.run();
    return threads.getTotalThreadAllocatedBytes() - before;
  }
}
