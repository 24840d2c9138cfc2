package org.logokit.sets;

import java.nio.file.Files;
import java.nio.file.Path;
import org.logokit.TestFiles;
import org.logokit.kit.KitLoader;
import org.logokit.pipeline.KitRenderer;
import org.logokit.pipeline.RenderOptions;
import org.logokit.pipeline.RenderReport;

/**
 * A kit with every icon set, rendered once per test JVM: {@code square.svg}, a red square that
 * fills its canvas (so the content's edge is where the safe zone rules apply), in the web,
 * android and ios sets; and the XMPP logo, whose {@code <style>} has a dark scheme, in the web
 * set and the legacy ios set on a navy background.
 */
final class IconSetKit {
  static final String CONFIG = """
      masters:
        - file: square.svg
          title: 'Square "<&>" Co'
          targets: [web, android, ios]
        - file: xmpp_logo.svg
          name: logo
          targets: [web, {set: ios, legacy: true, background: "#003366", padding: 0}]
      """;

  private static IconSetKit instance;

  final Path assets;
  final Path out;
  final RenderReport report;

  private IconSetKit(Path assets, Path out, RenderReport report) {
    this.assets = assets;
    this.out = out;
    this.report = report;
  }

  static synchronized IconSetKit get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("logokit-sets");
        Path assets = write(dir.resolve("assets"));
        Path out = dir.resolve("out");
        RenderReport report = KitRenderer.render(KitLoader.load(assets, null),
            new RenderOptions(assets, out, 2));
        instance = new IconSetKit(assets, out, report);
      } catch (Exception e) {
        throw new IllegalStateException("rendering the icon set kit failed", e);
      }
    }
    return instance;
  }

  /** The kit's assets folder, written into {@code assets}. */
  static Path write(Path assets) throws java.io.IOException {
    TestFiles.write(assets.resolve("square.svg"), TestFiles.rectSvg(
        "width=\"20\" height=\"20\"", "#ff0000"));
    Files.copy(TestFiles.ASSETS.resolve("xmpp_logo.svg"), assets.resolve("xmpp_logo.svg"));
    TestFiles.write(assets.resolve("logokit.yaml"), CONFIG);
    return assets;
  }

  Path file(String rel) {
    return out.resolve(rel);
  }
}
