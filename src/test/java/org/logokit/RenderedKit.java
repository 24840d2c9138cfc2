package org.logokit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.RenderReport;
import org.logokit.kit.KitLoader;

/**
 * The shipped XMPP kit rendered once per test JVM (a few seconds), for the tests that only read
 * the output. Tests that change files work on a {@link #copyTo copy}.
 */
public final class RenderedKit {
  private static RenderedKit instance;

  public final Path out;
  public final RenderReport report;

  private RenderedKit(Path out, RenderReport report) {
    this.out = out;
    this.report = report;
  }

  public static synchronized RenderedKit get() {
    if (instance == null) {
      try {
        Path out = Files.createTempDirectory("logokit-kit");
        RenderReport report = KitRenderer.render(KitLoader.load(TestFiles.ASSETS, null),
            new RenderOptions(TestFiles.ASSETS, out, 2));
        instance = new RenderedKit(out, report);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
      } catch (Exception e) {
        throw new IllegalStateException("rendering the shipped kit failed", e);
      }
    }
    return instance;
  }

  /** A copy of the rendered output folder, to mutate. */
  public Path copyTo(Path dir) throws IOException {
    return TestFiles.copyTree(out, dir);
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
