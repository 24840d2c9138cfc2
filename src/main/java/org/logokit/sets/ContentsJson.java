package org.logokit.sets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.logokit.kit.IosSet;
import org.logokit.kit.Target;

/**
 * An app icon set's {@code Contents.json}, as Xcode writes it: {@code images}, one per slot
 * (Xcode 14's single {@code universal} 1024 px slot, or every legacy slot), and {@code info}.
 */
final class ContentsJson {
  private ContentsJson() {}

  static byte[] bytes(Target.IconSet set) {
    ObjectNode root = SetJson.MAPPER.createObjectNode();
    ArrayNode images = root.putArray("images");
    if (set.legacy()) {
      for (IosSet.Slot s : IosSet.LEGACY) {
        ObjectNode image = images.addObject();
        image.put("filename", s.file());
        image.put("idiom", s.idiom());
        image.put("scale", s.scale() + "x");
        image.put("size", s.points() + "x" + s.points());
      }
    } else {
      ObjectNode image = images.addObject();
      image.put("filename", IosSet.ICON_1024);
      image.put("idiom", "universal");
      image.put("platform", "ios");
      image.put("size", "1024x1024");
    }
    ObjectNode info = root.putObject("info");
    info.put("author", "logokit");
    info.put("version", 1);
    return SetJson.bytes(root);
  }
}
