package org.logokit.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/**
 * The android set copied into a project shaped as Android Studio's "Empty Activity" template
 * makes it (webp {@code ic_launcher} and {@code ic_launcher_round} at every density, adaptive
 * XMLs over vector drawables with a monochrome layer), as docs/icon-sets.md says to: the set's
 * folder into {@code app/src/main/}, and the manifest's {@code android:icon} and
 * {@code android:roundIcon} set to {@code @mipmap/ic_logo} and {@code @mipmap/ic_logo_round}.
 * Debian's {@code aapt} packages the resources against the Android platform's own
 * ({@code framework-res.apk} of {@code android-framework-res}), and so does {@code aapt2}
 * (compile, then link: what the Android Gradle plugin runs), for each master's shape: the APK's
 * icon and round icon resolve to the set's adaptive icons, whose background, foreground and
 * monochrome layers resolve to the set's PNGs.
 */
class AndroidResourceBuildTest {
  static final Path AAPT = Path.of("/usr/bin/aapt");
  static final Path AAPT2 = Path.of("/usr/bin/aapt2");
  static final Path FRAMEWORK = Path.of("/usr/share/android-framework-res/framework-res.apk");
  static final List<String> DENSITIES = List.of("mdpi", "hdpi", "xhdpi", "xxhdpi", "xxxhdpi");

  /** A 1x1 lossless WebP: the template's launcher icons are WebP files of these names. */
  static final byte[] WEBP = Base64.getDecoder().decode(
      "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  @TempDir Path dir;

  @BeforeEach
  void needsAapt() {
    assumeTrue(Files.isExecutable(AAPT) && Files.isRegularFile(FRAMEWORK), "Debian's aapt and "
        + "the Android platform's resources are not installed (apt-get install aapt "
        + "android-framework-res; .ci/run installs them)");
  }

  /** {@code app/src/main/} of a new project: its manifest, resources and launcher icons. */
  static Path template(Path main) throws IOException {
    TestFiles.write(main.resolve("AndroidManifest.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <manifest xmlns:android="http://schemas.android.com/apk/res/android"
            package="com.example.myapplication">
            <application
                android:icon="@mipmap/ic_launcher"
                android:roundIcon="@mipmap/ic_launcher_round"
                android:label="@string/app_name" />
        </manifest>
        """);
    TestFiles.write(main.resolve("res/values/strings.xml"),
        "<resources>\n    <string name=\"app_name\">My Application</string>\n</resources>\n");
    String vector = """
        <vector xmlns:android="http://schemas.android.com/apk/res/android"
            android:width="108dp" android:height="108dp"
            android:viewportWidth="108" android:viewportHeight="108">
            <path android:fillColor="#3DDC84" android:pathData="M0,0h108v108h-108z" />
        </vector>
        """;
    TestFiles.write(main.resolve("res/drawable/ic_launcher_background.xml"), vector);
    TestFiles.write(main.resolve("res/drawable-v24/ic_launcher_foreground.xml"), vector);
    for (String name : List.of("ic_launcher", "ic_launcher_round")) {
      TestFiles.write(main.resolve("res/mipmap-anydpi-v26/" + name + ".xml"), """
          <?xml version="1.0" encoding="utf-8"?>
          <adaptive-icon xmlns:android="http://schemas.android.com/apk/res/android">
              <background android:drawable="@drawable/ic_launcher_background" />
              <foreground android:drawable="@drawable/ic_launcher_foreground" />
              <monochrome android:drawable="@drawable/ic_launcher_foreground" />
          </adaptive-icon>
          """);
      for (String d : List.of("mdpi", "hdpi", "xhdpi", "xxhdpi", "xxxhdpi")) {
        Path webp = main.resolve("res/mipmap-" + d + "/" + name + ".webp");
        Files.createDirectories(webp.getParent());
        Files.write(webp, WEBP);
      }
    }
    return main;
  }

  record Run(int exit, String output) {}

  static Run aapt(Path cwd, String... args) throws Exception {
    return run(cwd, AAPT, args);
  }

  /** The tool's exit and its output (to a file, so that a hung tool is failed, not waited on). */
  static Run run(Path cwd, Path tool, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(tool.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(cwd, "tool", ".log");
    Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int exit = TestFiles.exitOf(p);
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(exit, out);
  }

  static Run build(Path main) throws Exception {
    return aapt(main, "package", "-f", "-M", "AndroidManifest.xml", "-S", "res", "-I",
        FRAMEWORK.toString(), "-F", "app.apk");
  }

  /** {@code aapt2 compile} of the res folder, then {@code aapt2 link}, as Gradle runs them. */
  static Run buildWithAapt2(Path main) throws Exception {
    Run compiled = run(main, AAPT2, "compile", "--dir", "res", "-o", "res.zip");
    if (compiled.exit() != 0) {
      return compiled;
    }
    return run(main, AAPT2, "link", "-I", FRAMEWORK.toString(), "--manifest",
        "AndroidManifest.xml", "--min-sdk-version", "24", "-o", "app.apk", "res.zip");
  }

  /** The APK's resource names by id ({@code aapt dump resources}): 0x7f010000 is mipmap/ic_logo. */
  static Map<String, String> resourceNames(Path main) throws Exception {
    Run dump = aapt(main, "dump", "resources", "app.apk");
    assertEquals(0, dump.exit(), dump.output());
    Map<String, String> names = new HashMap<>();
    Matcher m = Pattern.compile(
        "spec resource (0x[0-9a-f]{8}) [\\w.]+:(\\S+):").matcher(dump.output());
    while (m.find()) {
      names.put(m.group(1), m.group(2));
    }
    return names;
  }

  /** {@code A: android:drawable(0x01010199)=@0x7f010001}, as aapt prints a reference. */
  static final Pattern ATTRIBUTE = Pattern.compile("^A: (?:android:|"
      + "http://schemas.android.com/apk/res/android:)(\\w+)\\(0x[0-9a-f]+\\)=@(0x[0-9a-f]{8})");

  /** An XML file's attribute references, by element: "application icon" to mipmap/ic_logo. */
  static Map<String, String> references(Path main, String xml) throws Exception {
    Run tree = aapt(main, "dump", "xmltree", "app.apk", xml);
    assertEquals(0, tree.exit(), tree.output());
    Map<String, String> names = resourceNames(main);
    Map<String, String> refs = new LinkedHashMap<>();
    String element = null;
    for (String line : tree.output().lines().toList()) {
      String t = line.strip();
      if (t.startsWith("E: ")) {
        element = t.substring(3).replaceFirst(" .*", "");
      }
      Matcher m = ATTRIBUTE.matcher(t);
      if (m.find()) {
        refs.put(element + " " + m.group(1), names.getOrDefault(m.group(2), m.group(2)));
      }
    }
    return refs;
  }

  /** The built APK's icons are the set's: adaptive, each layer the set's PNG at every density. */
  static void assertTheAppsIconIsTheSets(String set, Path main) throws Exception {
    Map<String, String> app = references(main, "AndroidManifest.xml");
    assertEquals("mipmap/ic_logo", app.get("application icon"), set + ": " + app);
    assertEquals("mipmap/ic_logo_round", app.get("application roundIcon"), set + ": " + app);
    for (String icon : List.of("ic_logo", "ic_logo_round")) {
      assertEquals(Map.of(
          "background drawable", "mipmap/ic_logo_background",
          "foreground drawable", "mipmap/ic_logo_foreground",
          "monochrome drawable", "mipmap/ic_logo_monochrome"),
          references(main, "res/mipmap-anydpi-v26/" + icon + ".xml"), set + " " + icon);
    }
    List<String> files = aapt(main, "list", "app.apk").output().lines().toList();
    for (String d : DENSITIES) {
      for (String f : List.of("ic_logo", "ic_logo_round", "ic_logo_foreground",
          "ic_logo_background", "ic_logo_monochrome")) {
        assertTrue(files.contains("res/mipmap-" + d + "-v4/" + f + ".png"), set + ": " + d + " "
            + f + " in " + files);
      }
      assertTrue(files.contains("res/mipmap-" + d + "-v4/ic_launcher.webp"),
          "the template's own icons are left as they were");
    }
  }

  /** The manifest edit docs/icon-sets.md gives. */
  static void useTheSetsIcon(Path main, String resource) throws IOException {
    Path manifest = main.resolve("AndroidManifest.xml");
    Files.writeString(manifest, Files.readString(manifest)
        .replace("@mipmap/ic_launcher_round\"", "@mipmap/" + resource + "_round\"")
        .replace("@mipmap/ic_launcher\"", "@mipmap/" + resource + "\""));
  }

  @Test
  void theTemplateBuildsAsItIs() throws Exception {
    Run r = build(template(dir.resolve("main")));
    assertEquals(0, r.exit(), r.output());
  }

  @Test
  void everyMastersSetMergesIntoTheTemplateAndIsTheAppsIcon() throws Exception {
    for (String set : AndroidSetTest.sets()) {
      Path main = template(dir.resolve(set.replace('/', '_')));
      TestFiles.copyTree(IconSetKit.get().file(set), main);
      useTheSetsIcon(main, "ic_logo");
      Run r = build(main);
      assertEquals(0, r.exit(), set + ": " + r.output());
      assertTrue(!r.output().toLowerCase(Locale.ROOT).contains("error"), r.output());

      String badging = aapt(main, "dump", "badging", "app.apk").output();
      assertTrue(badging.contains("icon='res/mipmap-anydpi-v26/ic_logo.xml'"), badging);
      assertTheAppsIconIsTheSets(set, main);
      assertTrue(Files.isRegularFile(main.resolve("ic_logo-playstore.png")),
          "the Play Store icon beside res/, out of the resource build");
    }
  }

  @Test
  void everyMastersSetLinksWithAapt2AsGradleRunsIt() throws Exception {
    assumeTrue(Files.isExecutable(AAPT2), "Debian's aapt2 is not installed (it comes with "
        + "apt-get install aapt; .ci/run installs it)");
    for (String set : AndroidSetTest.sets()) {
      Path main = template(dir.resolve("aapt2-" + set.replace('/', '_')));
      TestFiles.copyTree(IconSetKit.get().file(set), main);
      useTheSetsIcon(main, "ic_logo");
      Run r = buildWithAapt2(main);
      assertEquals(0, r.exit(), set + ": " + r.output());
      assertTheAppsIconIsTheSets(set, main);
    }
  }

  /**
   * What the set did before: {@code mipmap-<density>/ic_launcher.png} beside the template's
   * {@code ic_launcher.webp}. The build fails, once per density: this test sees the collision.
   */
  @Test
  void filesNamedAsTheTemplatesCollideWithItsWebpIcons() throws Exception {
    Path main = template(dir.resolve("main"));
    Path set = IconSetKit.get().file("square/square-android/res");
    try (Stream<Path> s = Files.list(set)) {
      for (Path folder : s.filter(p -> p.getFileName().toString().matches("mipmap-.*dpi"))
          .toList()) {
        Files.copy(folder.resolve("ic_logo.png"), main.resolve("res")
            .resolve(folder.getFileName()).resolve("ic_launcher.png"));
      }
    }
    Run r = build(main);
    assertTrue(r.exit() != 0 || r.output().contains("error"), r.output());
    assertEquals(5, r.output().lines().filter(l -> l.contains(
        "Resource entry ic_launcher is already defined")).count(), r.output());
  }
}
