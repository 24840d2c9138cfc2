package org.logokit.sets;

import org.junit.jupiter.api.Test;

class IconSetSmokeTest {
  @Test
  void renders() throws Exception {
    IconSetKit k = IconSetKit.get();
    System.out.println(k.report);
    try (var s = java.nio.file.Files.walk(k.out)) {
      s.forEach(System.out::println);
    }
    System.out.println(java.nio.file.Files.readString(k.out.resolve("manifest.json")).substring(0, 3000));
    for (String f : new String[] {"square/square-web/manifest.webmanifest", "square/square-web/head.html", "square/square-ios/AppIcon.appiconset/Contents.json", "logo/logo-ios/AppIcon.appiconset/Contents.json", "square/square-android/mipmap-anydpi-v26/ic_launcher.xml"}) {
      System.out.println(java.nio.file.Files.readString(k.out.resolve(f)));
    }
  }
}
