package org.logokit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.text.PathRules;

/** How icon sets are written in the config, and where their files go. */
class IconSetConfigTest {
  @TempDir Path dir;

  private Kit load(String config) throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"9\" height=\"9\"",
        "red"));
    TestFiles.write(assets.resolve("logokit.yaml"), config);
    return KitLoader.load(assets, null);
  }

  private List<String> paths(Kit kit) {
    MasterSpec m = kit.masters().get(0);
    return m.outputs().stream().map(o -> kit.outputPath(m, o.target(), o.scheme())).toList();
  }

  @Test
  void aSetIsWrittenByItsPlatformAloneOrAsAnObjectWithOptions() throws Exception {
    Kit kit = load("masters:\n  - file: a.svg\n    targets: [web, android, "
        + "{set: ios, legacy: true, background: '#036', padding: 5%}]\n");
    List<Target> targets = kit.masters().get(0).targets();
    assertEquals(List.of("web", "android", "ios background=#ff003366 padding=5% legacy"),
        targets.stream().map(Target::spec).toList());
    Target.IconSet ios = (Target.IconSet) targets.get(2);
    assertEquals(0xff003366, ios.background());
    assertTrue(ios.legacy());
    assertEquals(Target.IconSet.class, Target.parse("web").getClass());
  }

  @Test
  void eachSetExpandsToItsFilesInAFolderOfTheNamingWithTheSetsSuffix() throws Exception {
    List<String> paths = paths(load("masters: [{file: a.svg, targets: [web, ios, android]}]\n"));
    assertEquals(8 + 2 + 16, paths.size());
    assertTrue(paths.containsAll(List.of("a/a-web/favicon.ico", "a/a-web/icon.svg",
        "a/a-web/apple-touch-icon.png", "a/a-web/icon-192.png", "a/a-web/icon-512.png",
        "a/a-web/icon-maskable-512.png", "a/a-web/manifest.webmanifest", "a/a-web/head.html",
        "a/a-ios/AppIcon.appiconset/AppIcon-1024.png",
        "a/a-ios/AppIcon.appiconset/Contents.json",
        "a/a-android/mipmap-xxxhdpi/ic_launcher.png",
        "a/a-android/mipmap-mdpi/ic_launcher_foreground.png",
        "a/a-android/mipmap-hdpi/ic_launcher_background.png",
        "a/a-android/mipmap-anydpi-v26/ic_launcher.xml")), paths.toString());
    for (String p : paths) {
      assertNull(PathRules.relativePathProblem(p, true), p);
    }
  }

  @Test
  void theNamingDecidesTheSetsFolderSchemesIncluded() throws Exception {
    Kit kit = load("naming: 'icons/{name}{scheme}{suffix}.png'\nschemes: [light, dark]\n"
        + "masters: [{file: a.svg, targets: [web]}]\n");
    List<String> paths = paths(kit);
    assertTrue(paths.contains("icons/a-web/favicon.ico"), paths.toString());
    assertTrue(paths.contains("icons/a-dark-web/favicon.ico"), "a set's folder per scheme");
    assertEquals(16, paths.size());
  }

  @Test
  void setOptionsAreValidatedWithTheirLine() throws Exception {
    for (String[] bad : new String[][] {
        {"{set: tv}", "'set' must be web, ios or android"},
        {"{set: web, suffix: -x}", "'size', 'box' and 'suffix' are for placements"},
        {"{set: web, background: '#ff000080'}", "must be opaque"},
        {"{set: ios, background: transparent}", "must be opaque"},
        {"{set: android, legacy: true}", "'legacy' is for the ios set"},
        {"{set: web, padding: 50%}", "under 50%"},
        {"{set: web, dark: true}", "unknown key 'dark'"},
        {"webb", "did you mean 'web'?"}}) {
      KitException e = assertThrows(KitException.class, () -> load(
          "masters:\n  - file: a.svg\n    targets: [own, " + bad[0] + "]\n"), bad[0]);
      assertTrue(e.getMessage().contains(":3: ") && e.getMessage().contains(bad[1]),
          bad[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void twoSetsOfOnePlatformOnAMasterAreOneFolderAndRefused() throws Exception {
    KitException e = assertThrows(KitException.class, () -> load(
        "masters: [{file: a.svg, targets: [ios, {set: ios, legacy: true}]}]\n"));
    assertTrue(e.getMessage().contains("'a/a-ios/AppIcon.appiconset/AppIcon-1024.png'")
        && e.getMessage().contains("is also the output of"), e.getMessage());
  }

  @Test
  void theConfigHashChangesWithASetsOptions() throws Exception {
    String a = load("masters: [{file: a.svg, targets: [ios]}]\n").withCanonicalHash()
        .configSha256();
    String b = load("masters: [{file: a.svg, targets: [{set: ios, legacy: true}]}]\n")
        .withCanonicalHash().configSha256();
    assertTrue(!a.equals(b));
  }

  /** One rule for which manifest records are a set's files, from the platforms themselves. */
  @Test
  void aSetsFileIsTheSetsSpecThenTheFile() {
    for (IconSets.Platform p : IconSets.Platform.values()) {
      Target.SetFile first = IconSets.defaults(p).files().get(0);
      org.junit.jupiter.api.Assertions.assertTrue(IconSets.isSetFile(first.spec()),
          first.spec());
    }
    for (String other : new String[] {"own", "64px", "web", "webby favicon.ico",
        "300dpi box=2x2 suffix=-s", ""}) {
      org.junit.jupiter.api.Assertions.assertFalse(IconSets.isSetFile(other), other);
    }
  }

  @Test
  void moreThanOneSchemeNeedsSchemeInTheNaming() {
    org.junit.jupiter.api.Assertions.assertFalse(Scheme.nameable("{name}{suffix}.png",
        Scheme.choice("both")));
    org.junit.jupiter.api.Assertions.assertTrue(Scheme.nameable("{name}{suffix}.png",
        Scheme.choice("dark")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Scheme.choice("sepia"));
  }
}
