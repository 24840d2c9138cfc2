package org.logokit.kit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;

/**
 * The config file's shape exactly as written, before defaults and validation. Plain fields, not
 * records: Jackson binds records through a token buffer that loses the line numbers errors need.
 */
final class KitFile {
  public Integer version;
  public String naming;
  /** A masters' folder to the naming of the outputs of the masters in it, longest folder first. */
  public java.util.LinkedHashMap<String, String> namingByFolder;
  public List<Target> targets;
  public List<Scheme> schemes;
  public List<Entry> masters;
  public LimitFields limits;
  public Boolean optimize;
  public List<String> keep;
  public Boolean copyMasters;
  public List<String> fonts;

  /** {@code limits:}, each key optional; see {@link Limits}. */
  static final class LimitFields {
    public Long maxInputBytes;
    public Long maxPixelsPerOutput;
    public Integer maxSecondsPerMaster;
    public Integer maxElements;
    public Integer maxDepth;
  }

  /** A {@code masters} item: a file name alone, or an object; remembers its line. */
  @JsonDeserialize(using = EntryDeserializer.class)
  record Entry(String file, String name, List<Target> targets, List<Target> except,
      List<Target> also, List<Scheme> schemes, String title, int line) {}

  static final class EntryFields {
    public String file;
    public String name;
    public String title;
    public List<Target> targets;
    /** The kit's targets but these. */
    public List<Target> except;
    /** The kit's targets and these. */
    public List<Target> also;
    public List<Scheme> schemes;
  }

  static final class EntryDeserializer extends StdDeserializer<Entry> {
    EntryDeserializer() {
      super(Entry.class);
    }

    @Override
    public Entry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = p.currentTokenLocation().getLineNr();
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new Entry(p.getText(), null, null, null, null, null, null, line);
      }
      EntryFields f = ctxt.readValue(p, EntryFields.class);
      return new Entry(f.file, f.name, f.targets, f.except, f.also, f.schemes, f.title, line);
    }
  }
}
