package org.logokit.sets;

import java.nio.charset.StandardCharsets;
import org.logokit.kit.AndroidSet;
import org.logokit.kit.Target;

/**
 * {@code res/mipmap-anydpi-v26/ic_logo.xml} (and {@code ic_logo_round.xml}, the same icon for
 * launchers that ask for a round one): Android 8's adaptive icon of the density folders'
 * background and foreground layers, and Android 13's monochrome layer for themed icons. It
 * holds only the resource name, which the config validates as {@code [a-z][a-z0-9_]*}.
 */
final class AdaptiveIconXml {
  private AdaptiveIconXml() {}

  static byte[] bytes(Target.IconSet set) {
    String r = AndroidSet.resource(set);
    String text = """
        <?xml version="1.0" encoding="utf-8"?>
        <adaptive-icon xmlns:android="http://schemas.android.com/apk/res/android">
            <background android:drawable="@mipmap/R_background"/>
            <foreground android:drawable="@mipmap/R_foreground"/>
            <monochrome android:drawable="@mipmap/R_monochrome"/>
        </adaptive-icon>
        """.replace("R_", r + "_");
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
