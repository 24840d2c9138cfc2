package org.logokit.sets;

import java.nio.charset.StandardCharsets;

/**
 * {@code mipmap-anydpi-v26/ic_launcher.xml}: Android 8's adaptive icon, its two layers the
 * density folders' {@code ic_launcher_background} and {@code ic_launcher_foreground} PNGs. It
 * holds no name from the config, only these fixed resource names.
 */
final class AdaptiveIconXml {
  static final String TEXT = """
      <?xml version="1.0" encoding="utf-8"?>
      <adaptive-icon xmlns:android="http://schemas.android.com/apk/res/android">
          <background android:drawable="@mipmap/ic_launcher_background"/>
          <foreground android:drawable="@mipmap/ic_launcher_foreground"/>
      </adaptive-icon>
      """;

  private AdaptiveIconXml() {}

  static byte[] bytes() {
    return TEXT.getBytes(StandardCharsets.UTF_8);
  }
}
