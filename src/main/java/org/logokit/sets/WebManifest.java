package org.logokit.sets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.WebSet;

/**
 * {@code manifest.webmanifest}: the name and the icons of a web app (W3C Web Application
 * Manifest). The icon paths are relative to the manifest, so the folder can be served anywhere.
 */
final class WebManifest {
  private WebManifest() {}

  static byte[] bytes(MasterSpec master) {
    ObjectNode root = SetJson.MAPPER.createObjectNode();
    String name = master.title() != null ? master.title() : master.name();
    root.put("name", name);
    root.put("short_name", name);
    ArrayNode icons = root.putArray("icons");
    icon(icons, WebSet.ICON_192, 192, null);
    icon(icons, WebSet.ICON_512, 512, null);
    icon(icons, WebSet.MASKABLE, 512, "maskable");
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
