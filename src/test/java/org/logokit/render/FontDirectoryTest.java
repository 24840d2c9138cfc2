package org.logokit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check of a kit font's directory before the JDK reads it (issue 21, item 7): real fonts
 * pass, and a file whose counts no real font has is one short reason, found with work bounded by
 * the counts, not by what the file claims.
 */
class FontDirectoryTest {
  @Test
  void aCollectionOfMillionsOfFontsIsRefusedBeforeItsListIsRead() {
    byte[] ttc = HostileFonts.collection(4_000_000);
    FontDirectory.Work work = new FontDirectory.Work();
    IOException e = assertThrows(IOException.class, () -> FontDirectory.check(ttc, work));
    assertEquals("a collection of 4000000 fonts, more than 64", e.getMessage());
    assertEquals(1, work.records);
  }

  @Test
  void kitFontsLoadsACollectionUpToTheCapAndNotOneMore() throws Exception {
    FontDirectory.Work work = new FontDirectory.Work();
    assertEquals(64, FontDirectory.check(HostileFonts.collection(64), work));
    // Per face: its offset, its 17 table records and its name records (Comfortaa has 34).
    assertTrue(work.records <= 1 + 64 * (1 + FontDirectory.MAX_TABLES + 100), work.records
        + " records");
    KitFonts fonts = KitFonts.load(Map.of("fonts/c.ttc", HostileFonts.collection(2)));
    assertTrue(fonts.has("Comfortaa"));
    KitFonts.FontException e = assertThrows(KitFonts.FontException.class,
        () -> KitFonts.load(Map.of("fonts/c.ttc", HostileFonts.collection(65))));
    assertEquals("fonts/c.ttc", e.file());
    assertEquals("not a usable TrueType or OpenType font (a collection of 65 fonts, more than "
        + "64)", e.getMessage());
  }

  @Test
  void everyFontOnThisMachinePasses() throws Exception {
    Path root = Path.of("/usr/share/fonts");
    assumeFalse(!Files.isDirectory(root), "no /usr/share/fonts on this machine");
    List<Path> fonts;
    try (Stream<Path> s = Files.walk(root)) {
      fonts = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)"))
          .toList();
    }
    assumeFalse(fonts.isEmpty(), "no TrueType or OpenType font in /usr/share/fonts");
    for (Path p : fonts) {
      byte[] bytes = Files.readAllBytes(p);
      assertTrue(FontDirectory.check(bytes) >= 1, p.toString());
    }
    assertEquals(1, FontDirectory.check(HostileFonts.comfortaa()));
  }

  @Test
  void eachProblemIsOneShortReason() {
    byte[] ok = HostileFonts.comfortaa();
    Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
    bad.put("too short to be a font", new byte[11]);
    bad.put("it starts with 0x3c68746d, not a TrueType or OpenType signature",
        "<html>not a font</html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    bad.put("70 tables, more than 64", with(ok, b -> b.putShort(4, (short) 70)));
    bad.put("no table", with(ok, b -> b.putShort(4, (short) 0)));
    bad.put("its table directory is cut short", java.util.Arrays.copyOf(ok, 12 + 16 * 3));
    bad.put("table 'DSIG' is not inside the file", with(ok, b -> b.putInt(12 + 8, -16)));
    // A tag is the file's: printed so that no workflow command (::) can form (found by fuzzing).
    bad.put("table ':\\x3a\\x3a\\x3a' is not inside the file", with(ok, b -> {
      rename(b, "DSIG", "::::");
      b.putInt(12 + 8, -16);
    }));
    bad.put("no 'cmap' table", with(ok, b -> rename(b, "cmap", "cmaq")));
    bad.put("a collection of no font", with(HostileFonts.collection(1), b -> b.putInt(8, 0)));
    bad.put("font 1 of the collection: it is not inside the file",
        with(HostileFonts.collection(1), b -> b.putInt(12, Integer.MAX_VALUE)));
    bad.put("a 'name' table of 65535 names, more than 4096", with(ok, b -> b.putShort(
        tableOffset(b, "name") + 2, (short) 65535)));
    bad.forEach((reason, bytes) -> {
      IOException e = assertThrows(IOException.class, () -> FontDirectory.check(bytes), reason);
      assertEquals(reason, e.getMessage());
    });
  }

  private static byte[] with(byte[] font, java.util.function.Consumer<ByteBuffer> change) {
    ByteBuffer b = ByteBuffer.wrap(font.clone());
    change.accept(b);
    return b.array();
  }

  private static int record(ByteBuffer b, String tag) {
    int tables = b.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      byte[] t = new byte[4];
      b.get(at, t);
      if (new String(t, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
        return at;
      }
    }
    throw new AssertionError("no " + tag);
  }

  private static int tableOffset(ByteBuffer b, String tag) {
    return b.getInt(record(b, tag) + 8);
  }

  private static void rename(ByteBuffer b, String from, String to) {
    b.put(record(b, from), to.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
