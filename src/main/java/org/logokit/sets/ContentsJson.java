package org.logokit.sets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.logokit.kit.IosSet;
import org.logokit.kit.Target;

/**
 * An app icon set's {@code Contents.json}, as current Xcode writes it: {@code images}, one per
 * slot and appearance (keys in Xcode's order: {@code appearances}, {@code filename},
 * {@code idiom}, {@code platform}, {@code scale}, {@code size}), every slot {@code universal}
 * for {@code ios}, the 1024 px one without a scale; and {@code info}.
 */
final class ContentsJson {
  private ContentsJson() {}

  static byte[] bytes(Target.IconSet set) {
    ObjectNode root = SetJson.MAPPER.createObjectNode();
    ArrayNode images = root.putArray("images");
    for (IosSet.Slot s : IosSet.slots(set)) {
      for (IosSet.Appearance look : IosSet.appearances(set)) {
        ObjectNode image = images.addObject();
        if (look != IosSet.Appearance.ANY) {
          ObjectNode a = image.putArray("appearances").addObject();
          a.put("appearance", "luminosity");
          a.put("value", look.value());
        }
        image.put("filename", s.file(look));
        image.put("idiom", "universal");
        image.put("platform", "ios");
        if (!s.equals(IosSet.SINGLE)) {
          image.put("scale", s.scale() + "x");
        }
        image.put("size", s.points() + "x" + s.points());
      }
    }
    ObjectNode info = root.putObject("info");
    info.put("author", "logokit");
    info.put("version", 1);
    return SetJson.bytes(root);
  }
}
