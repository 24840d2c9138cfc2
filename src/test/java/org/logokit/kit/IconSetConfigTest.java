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
    Kit kit = load("masters:\n  - file: a.svg\n    title: A\n    targets: [web, android, "
        + "{set: ios, allSizes: true, appearances: [tinted, dark], background: '#036', "
        + "padding: 5%}]\n");
    List<Target> targets = kit.masters().get(0).targets();
    assertEquals(List.of("web", "android",
        "ios background=#ff003366 padding=5% allSizes appearances=dark,tinted"),
        targets.stream().map(Target::spec).toList());
    Target.IconSet ios = (Target.IconSet) targets.get(2);
    assertEquals(0xff003366, ios.background());
    assertTrue(ios.options().allSizes());
    assertEquals(List.of("dark", "tinted"), ios.options().appearances());
    assertEquals(Target.IconSet.class, Target.parse("web").getClass());
  }

  @Test
  void aWebSetsSiteFieldsAreOptionsInItsSpec() throws Exception {
    Kit kit = load("masters:\n  - file: a.svg\n    targets: [{set: web, name: 'Acme \"Q\"', "
        + "shortName: Acme, base: /project/, startUrl: '/project/?source=pwa', "
        + "display: minimal-ui, themeColor: '#0b1d3a'}, {set: android, resource: ic_acme}]\n");
    Target.IconSet web = (Target.IconSet) kit.masters().get(0).targets().get(0);
    assertEquals("web name=\"Acme \\\"Q\\\"\" shortName=\"Acme\" base=\"/project/\" "
        + "startUrl=\"/project/?source=pwa\" display=\"minimal-ui\" themeColor=#ff0b1d3a",
        web.spec());
    assertEquals("android resource=\"ic_acme\"", kit.masters().get(0).targets().get(1)
        .spec());
    assertTrue(paths(kit).contains("a/a-android/res/mipmap-hdpi/ic_acme_round.png"));
  }

  @Test
  void eachSetExpandsToItsFilesInAFolderOfTheNamingWithTheSetsSuffix() throws Exception {
    List<String> paths = paths(load("masters: [{file: a.svg, title: A, "
        + "targets: [web, ios, android]}]\n"));
    assertEquals(8 + 2 + 28, paths.size());
    assertTrue(paths.containsAll(List.of("a/a-web/favicon.ico", "a/a-web/icon.svg",
        "a/a-web/apple-touch-icon.png", "a/a-web/icon-192.png", "a/a-web/icon-512.png",
        "a/a-web/icon-maskable-512.png", "a/a-web/manifest.webmanifest", "a/a-web/head.html",
        "a/a-ios/AppIcon.appiconset/AppIcon-1024.png",
        "a/a-ios/AppIcon.appiconset/Contents.json",
        "a/a-android/res/mipmap-xxxhdpi/ic_logo.png",
        "a/a-android/res/mipmap-xxxhdpi/ic_logo_round.png",
        "a/a-android/res/mipmap-mdpi/ic_logo_foreground.png",
        "a/a-android/res/mipmap-hdpi/ic_logo_background.png",
        "a/a-android/res/mipmap-hdpi/ic_logo_monochrome.png",
        "a/a-android/res/mipmap-anydpi-v26/ic_logo.xml",
        "a/a-android/res/mipmap-anydpi-v26/ic_logo_round.xml",
        "a/a-android/ic_logo-playstore.png")), paths.toString());
    for (String p : paths) {
      assertNull(PathRules.relativePathProblem(p, true), p);
    }
  }

  @Test
  void theNamingDecidesTheSetsFolderSchemesIncluded() throws Exception {
    Kit kit = load("naming: 'icons/{name}{scheme}{suffix}.png'\nschemes: [light, dark]\n"
        + "masters: [{file: a.svg, title: A, targets: [web]}]\n");
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
        {"{set: android, legacy: true}", "'legacy' (Xcode 13's per-device slots) is gone"},
        {"{set: ios, legacy: true}", "write 'allSizes: true'"},
        {"{set: web, padding: 50%}", "under 50%"},
        {"{set: web, dark: true}", "unknown key 'dark'"},
        {"{set: web, shortname: A}", "did you mean 'shortName'?"},
        {"{set: ios, base: /a/}", "'base' is for the web set"},
        {"{set: web, allSizes: true}", "'allSizes' is for the ios set"},
        {"{set: web, resource: ic_a}", "'resource' is for the android set"},
        {"{size: 64px, suffix: -a, name: A}", "'name' is for icon sets"},
        {"{set: web, name: \"A\\nB\"}", "'name' must be one line of plain text"},
        {"{set: web, name: \"\"}", "'name' must be one line of plain text"},
        {"{set: web, base: /a/../b/}", "'base' must be a URL path"},
        {"{set: web, base: 'javascript:alert(1)'}", "'base' must be a URL path"},
        {"{set: web, base: //evil.example/}", "'base' must be a URL path"},
        {"{set: web, base: /a}", "'base' must be a URL path"},
        {"{set: web, base: '/a b/'}", "'base' must be a URL path"},
        {"{set: web, base: '/\"><script>/'}", "'base' must be a URL path"},
        {"{set: web, startUrl: 'https://evil.example/'}", "'startUrl' must be a URL path"},
        {"{set: web, startUrl: '/a/?x=<b>'}", "'startUrl' must be a URL path"},
        {"{set: web, display: browser}", "browser is a tab, not an installed app"},
        {"{set: web, display: standalon}", "did you mean 'standalone'?"},
        {"{set: web, themeColor: '#00000080'}", "'themeColor' must be opaque"},
        {"{set: web, themeColor: red}", "must be #rgb"},
        {"{set: ios, appearances: [drak]}", "did you mean 'dark'?"},
        {"{set: ios, appearances: [dark, dark]}", "each at most once"},
        {"{set: android, resource: Ic-Logo}", "'resource' must be an Android resource name"},
        {"{set: android, resource: class}", "not a Java keyword"},
        {"webb", "did you mean 'web'?"}}) {
      KitException e = assertThrows(KitException.class, () -> load(
          "masters:\n  - file: a.svg\n    targets: [own, " + bad[0] + "]\n    title: A\n"),
          bad[0]);
      assertTrue(e.getMessage().contains(":3: ") && e.getMessage().contains(bad[1]),
          bad[0] + " -> " + e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }
  }

  @Test
  void twoSetsOfOnePlatformOnAMasterAreOneFolderAndRefused() throws Exception {
    KitException e = assertThrows(KitException.class, () -> load(
        "masters: [{file: a.svg, targets: [ios, {set: ios, allSizes: true}]}]\n"));
    assertTrue(e.getMessage().contains("'a/a-ios/AppIcon.appiconset/AppIcon-1024.png'")
        && e.getMessage().contains("is also the output of"), e.getMessage());
  }

  @Test
  void theConfigHashChangesWithASetsOptions() throws Exception {
    String a = load("masters: [{file: a.svg, targets: [ios]}]\n").withCanonicalHash()
        .configSha256();
    String b = load("masters: [{file: a.svg, targets: [{set: ios, allSizes: true}]}]\n")
        .withCanonicalHash().configSha256();
    assertTrue(!a.equals(b));
  }

  @Test
  void aWebSetNeedsTheAppsNameNotTheFileName() throws Exception {
    KitException e = assertThrows(KitException.class, () -> load(
        "masters:\n  - file: a.svg\n    targets: [web]\n"));
    assertTrue(e.getMessage().contains(":2: the web set of 'a.svg' needs the app's name"),
        e.getMessage());
    load("masters:\n  - file: a.svg\n    targets: [{set: web, name: Acme}]\n");
    load("masters:\n  - file: a.svg\n    title: Acme\n    targets: [web]\n");
  }

  @Test
  void keepingASetsFileIsRefusedWithWhereItsFieldsAreSet() throws Exception {
    KitException e = assertThrows(KitException.class, () -> load("keep: ['a/a-web/*']\n"
        + "masters:\n  - file: a.svg\n    title: A\n    targets: [web]\n"));
    assertTrue(e.getMessage().contains("'a/a-web/manifest.webmanifest'")
        && e.getMessage().contains("set what they say in the set's options"), e.getMessage());
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
