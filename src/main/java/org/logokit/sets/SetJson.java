package org.logokit.sets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.logokit.text.StableJson;

/** JSON as the manifest writes it ({@link StableJson}), keys in insertion order. */
final class SetJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = StableJson.writer(MAPPER);

  private SetJson() {}

  static byte[] bytes(ObjectNode root) {
    return StableJson.bytes(WRITER, root);
  }
}
