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
 * android and ios sets; the XMPP logo, whose {@code <style>} has a dark scheme, in a web set
 * served under {@code /project/} and an all-sizes ios set with dark and tinted appearances on a
 * navy background; and three real masters of the shapes logos come in, each in every set: a
 * square mark (Mastodon's), a wide logo with text (the XMPP logo, extended width) and a round
 * mark (GitHub's).
 */
final class IconSetKit {
  static final String CONFIG = """
      masters:
        - file: square.svg
          title: 'Square "<&>" Co'
          targets: [web, android, ios]
        - file: xmpp_logo.svg
          name: logo
          targets:
            - {set: web, name: XMPP, base: /project/, themeColor: "#1a5e9b"}
            - {set: ios, allSizes: true, appearances: [dark, tinted], background: "#003366",
               padding: 0}
        - file: mastodon.svg
          title: Mastodon
          targets: [web, android, ios]
        - file: wide.svg
          title: XMPP Standards Foundation
          targets: [web, android, {set: ios, appearances: [dark]}]
        - file: github.svg
          title: GitHub
          targets: [web, android, ios]
      """;

  /** The real masters, by the name the kit gives them, and what shape each is. */
  static final java.util.List<String> REAL = java.util.List.of("mastodon", "wide", "github");

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
    Path real = Path.of("src/test/resources/real");
    Files.copy(real.resolve("brand-simple-icons-mastodon.svg"), assets.resolve("mastodon.svg"));
    Files.copy(TestFiles.ASSETS.resolve("xmpp_logo_(extended_width).svg"),
        assets.resolve("wide.svg"));
    Files.copy(real.resolve("brand-simple-icons-github.svg"), assets.resolve("github.svg"));
    TestFiles.write(assets.resolve("logokit.yaml"), CONFIG);
    return assets;
  }

  Path file(String rel) {
    return out.resolve(rel);
  }
}
