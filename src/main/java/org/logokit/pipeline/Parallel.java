package org.logokit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on a fixed pool, keeping its order. One master per task: trees are not shared. */
final class Parallel {
  private Parallel() {}

  static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> task)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs,
        items.size())));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        Callable<R> c = () -> task.apply(item);
        futures.add(pool.submit(c));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          // Tasks turn input problems into results; anything thrown is a bug.
          throw new IllegalStateException("a render task failed unexpectedly", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
