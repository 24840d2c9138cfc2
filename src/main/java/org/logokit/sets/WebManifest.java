package org.logokit.sets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.SetOptions;
import org.logokit.kit.Target;
import org.logokit.kit.WebSet;

/**
 * {@code manifest.webmanifest}: what makes a site installable as an app (W3C Web Application
 * Manifest; Chromium's installability check): its {@code id}, names, {@code start_url},
 * {@code display}, colours and icons. Every value comes from the set's options in the config
 * (validated there: names plain text, URLs site paths) and is written by Jackson. The icon
 * paths are relative to the manifest, so they follow it wherever the folder is served.
 */
final class WebManifest {
  private WebManifest() {}

  /** The app's name: the set's {@code name}, else the master's {@code title} (one is required). */
  static String name(MasterSpec master, Target.IconSet set) {
    return set.options().name() != null ? set.options().name() : master.title();
  }

  static byte[] bytes(MasterSpec master, Target.IconSet set) {
    SetOptions o = set.options();
    ObjectNode root = SetJson.MAPPER.createObjectNode();
    String name = name(master, set);
    root.put("id", o.startUrlOrDefault());
    root.put("name", name);
    root.put("short_name", o.shortName() != null ? o.shortName() : SetOptions.shortName(name));
    root.put("start_url", o.startUrlOrDefault());
    root.put("display", o.displayOrDefault());
    root.put("theme_color", HeadLinks.hex(o.themeColor() != null ? o.themeColor()
        : set.background()));
    root.put("background_color", HeadLinks.hex(set.background()));
    ArrayNode icons = root.putArray("icons");
    icon(icons, WebSet.ICON_192, 192, null);
    icon(icons, WebSet.ICON_512, 512, null);
    icon(icons, WebSet.MASKABLE, WebSet.MASKABLE_SIDE, "maskable");
    return SetJson.bytes(root);
  }

  private static void icon(ArrayNode icons, String src, int side, String purpose) {
    ObjectNode icon = icons.addObject();
    icon.put("src", src);
    icon.put("sizes", side + "x" + side);
    icon.put("type", "image/png");
    if (purpose != null) {
      icon.put("purpose", purpose);
    }
  }
}
