package org.logokit.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** logokit's version, from the build (Maven filters {@code logokit.properties}). */
public final class ToolVersion {
  private static final String VERSION = load();

  private ToolVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/logokit.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
