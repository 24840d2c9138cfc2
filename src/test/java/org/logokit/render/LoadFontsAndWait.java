package org.logokit.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run that loads kit fonts and waits: FontCopiesTest starts it in a JVM of its own, with a
 * {@code java.io.tmpdir} of its own, and kills it or lets it end. Prints {@code loaded} once the
 * fonts are there, then exits when its input ends.
 */
public final class LoadFontsAndWait {
  private LoadFontsAndWait() {}

  public static void main(String[] files) throws Exception {
    Map<String, byte[]> fonts = new LinkedHashMap<>();
    for (String f : files) {
      fonts.put(f, Files.readAllBytes(Path.of(f)));
    }
    KitFonts loaded = KitFonts.load(fonts);
    System.out.println(loaded.has("Comfortaa") ? "loaded" : "not loaded");
    System.out.flush();
    while (System.in.read() >= 0) {
      // until the test closes our input, or kills us
    }
  }
}
