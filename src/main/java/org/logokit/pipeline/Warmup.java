package org.logokit.pipeline;

import java.nio.charset.StandardCharsets;
import org.logokit.format.png.PngEncoder;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.plan.ContentBox;
import org.logokit.plan.IntrinsicSize;
import org.logokit.screen.SvgException;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;

/**
 * Renders a tiny built-in logo on a spare core while the main thread reads the kit config and
 * hashes the masters.
 *
 * <p>A cold JVM spends about a quarter of a second loading and first running the classes of the
 * pipeline (the SVG screen, Batik, Java2D, the PNG encoder) before the first master renders, on
 * one core while the other idles. Overlapping that with the config and hashing work takes part of
 * it off a full render. The result is thrown away: nothing of it reaches an output.
 */
public final class Warmup {
  /** Paths, a gradient, a stroke, a class style: what logos are made of. */
  private static final byte[] SVG = """
      <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">
        <style>.a{fill:#1b75bb}</style>
        <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stop-color="#d9541e"/><stop offset="1" stop-color="#a0ce67"/>
        </linearGradient></defs>
        <path class="a" d="M2 2h8v8H2z"/>
        <path fill="url(#g)" stroke="#000" stroke-width="0.5" d="M12 2c6 0 10 4 10 10s-4 10-10
          10S2 18 2 12z"/>
      </svg>
      """.getBytes(StandardCharsets.UTF_8);

  private Warmup() {}

  /** Starts the warm-up on a daemon thread, which never delays the exit. */
  public static void inBackground() {
    Thread t = new Thread(Warmup::run, "logokit-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void run() {
    try {
      render();
    } catch (SvgException | RuntimeException e) {
      // Only time is at stake: the real render reports whatever is wrong.
    }
  }

  /** The built-in logo through the whole pipeline: screened, loaded, painted, encoded. */
  static byte[] render() throws SvgException {
    SvgMaster master = SvgLoader.load(SVG, "logokit:warmup.svg", Limits.DEFAULT, Scheme.LIGHT);
    IntrinsicSize size = master.size();
    return PngEncoder.encode(master.paint(16, 16, ContentBox.fit(size, 16, 16, 0, 0)), 3779);
  }
}
