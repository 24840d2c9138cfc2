package org.logokit.kit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;

/** The config file's shape exactly as written, before defaults and validation. */
record KitFile(
    @JsonProperty("version") Integer version,
    @JsonProperty("naming") String naming,
    @JsonProperty("targets") List<Target> targets,
    @JsonProperty("masters") List<Entry> masters) {

  /** A {@code masters} item: a file name alone, or an object; remembers its line. */
  @JsonDeserialize(using = EntryDeserializer.class)
  record Entry(String file, String name, List<Target> targets, int line) {}

  record EntryFields(
      @JsonProperty("file") String file,
      @JsonProperty("name") String name,
      @JsonProperty("targets") List<Target> targets) {}

  static final class EntryDeserializer extends StdDeserializer<Entry> {
    EntryDeserializer() {
      super(Entry.class);
    }

    @Override
    public Entry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = p.currentTokenLocation().getLineNr();
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new Entry(p.getText(), null, null, line);
      }
      EntryFields f = ctxt.readValue(p, EntryFields.class);
      return new Entry(f.file(), f.name(), f.targets(), line);
    }
  }
}
