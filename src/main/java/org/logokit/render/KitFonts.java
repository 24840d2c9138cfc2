package org.logokit.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.batik.bridge.DefaultFontFamilyResolver;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.AWTFontFamily;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * The kit's own fonts ({@code fonts:} in the config), loaded once per run and looked up before
 * the machine's. Each family uses one face, its plain one where the files have it; bold and
 * italic are then derived from it.
 *
 * <p>They belong to the renders they are given to, as resvg's font database is passed in its
 * options: Batik gets them through {@link #resolver()}, set on each document's user agent, and
 * they are never registered with the JVM's {@code GraphicsEnvironment}, where every later
 * render in the JVM, of any kit, would find them (and Batik's resolver of the machine's fonts,
 * which lists the JVM's families once, would keep them).
 *
 * <p>Each file's directory is checked first ({@link FontDirectory}), so that the JDK never
 * builds a face from counts no real font has; the JDK then reads a copy in logokit's own
 * temporary folder ({@link FontCopies}).
 */
public final class KitFonts {
  /** No kit fonts: the machine's only. */
  public static final KitFonts NONE = new KitFonts(Map.of());

  private final Map<String, Font> byFamily; // lower-cased family name -> face

  private KitFonts(Map<String, Font> byFamily) {
    this.byFamily = byFamily;
  }

  /**
   * @param files each font file's name (for messages) and bytes, in config order
   * @throws FontException naming the file that is not a usable font
   */
  public static KitFonts load(Map<String, byte[]> files) throws FontException {
    Map<String, Font> byFamily = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      try {
        FontDirectory.check(file.getValue());
      } catch (IOException e) {
        throw new FontException(file.getKey(), "not a usable TrueType or OpenType font ("
            + e.getMessage() + ")");
      }
      File copy;
      try {
        copy = FontCopies.of(file.getValue());
      } catch (IOException e) {
        throw new FontException(file.getKey(), "cannot be copied for Java's font system to "
            + "read (" + org.logokit.text.Shown.of(String.valueOf(e.getMessage())) + ")");
      }
      Font[] faces;
      try {
        faces = Font.createFonts(copy);
      } catch (FontFormatException | IOException | RuntimeException e) {
        throw new FontException(file.getKey(), "not a usable TrueType or OpenType font ("
            + org.logokit.text.Shown.of(String.valueOf(e.getMessage())) + ")");
      } catch (InternalError | LinkageError e) {
        // Java's font system fails to start on a machine with no font installed.
        throw new FontException(file.getKey(), "cannot be loaded: Java's font system does not "
            + "start on this machine (is no font installed? on Debian: fonts-dejavu-core)");
      }
      for (Font face : faces) {
        byFamily.merge(face.getFamily(Locale.ENGLISH).toLowerCase(Locale.ROOT), face,
            (had, next) -> had.isPlain() ? had : next);
      }
    }
    return new KitFonts(byFamily);
  }

  /** Whether text asking for this family gets it (kit fonts, the machine's, or generic). */
  public boolean has(String family) {
    return resolver().resolve(family) != null;
  }

  /** Batik's font lookup with the kit's families first. */
  FontFamilyResolver resolver() {
    return new FontFamilyResolver() {
      private final DefaultFontFamilyResolver machine = DefaultFontFamilyResolver.SINGLETON;

      @Override
      public GVTFontFamily resolve(String family) {
        Font face = byFamily.get(family.toLowerCase(Locale.ROOT));
        return face != null ? new AWTFontFamily(new GVTFontFace(family), face)
            : machine.resolve(family);
      }

      @Override
      public GVTFontFamily resolve(String family, FontFace fontFace) {
        Font face = byFamily.get(family.toLowerCase(Locale.ROOT));
        return face != null ? resolve(family) : machine.resolve(family, fontFace);
      }

      @Override
      public GVTFontFamily loadFont(InputStream in, FontFace fontFace) throws Exception {
        return machine.loadFont(in, fontFace);
      }

      @Override
      public GVTFontFamily getDefault() {
        return machine.getDefault();
      }

      @Override
      public GVTFontFamily getFamilyThatCanDisplay(char c) {
        return machine.getFamilyThatCanDisplay(c);
      }
    };
  }

  /** A font file that cannot be used: the file and the reason, for a one-line error. */
  public static final class FontException extends Exception {
    private final String file;

    FontException(String file, String reason) {
      super(reason);
      this.file = file;
    }

    public String file() {
      return file;
    }
  }
}
