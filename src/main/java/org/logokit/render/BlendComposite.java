package org.logokit.render;

import java.awt.Composite;
import java.awt.CompositeContext;
import java.awt.RenderingHints;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Locale;

/**
 * CSS {@code mix-blend-mode} as a Java2D composite: the source (an element Batik painted
 * offscreen) blended with the backdrop by one of the sixteen modes of W3C Compositing and
 * Blending Level 1, then composited source-over, in sRGB as browsers do:
 * {@code co = cs·as·(1 - ab) + cb·ab·(1 - as) + as·ab·B(cb, cs)}, {@code ao = as + ab·(1 - as)}.
 * The element's {@code opacity} is folded in as {@code alpha}. {@code normal} at alpha 1 is
 * plain source-over: what an isolated group ({@code isolation: isolate}) is drawn with.
 */
final class BlendComposite implements Composite {
  /** The blend modes, by their CSS names. */
  enum Mode {
    NORMAL, MULTIPLY, SCREEN, OVERLAY, DARKEN, LIGHTEN, COLOR_DODGE, COLOR_BURN, HARD_LIGHT,
    SOFT_LIGHT, DIFFERENCE, EXCLUSION, HUE, SATURATION, COLOR, LUMINOSITY;

    String css() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mode a CSS keyword names, or {@code null}. */
    static Mode of(String css) {
      for (Mode m : values()) {
        if (m.css().equals(css)) {
          return m;
        }
      }
      return null;
    }
  }

  private final Mode mode;
  private final float alpha;

  BlendComposite(Mode mode, float alpha) {
    this.mode = mode;
    this.alpha = alpha;
  }

  Mode mode() {
    return mode;
  }

  @Override
  public CompositeContext createContext(ColorModel srcCm, ColorModel dstCm,
      RenderingHints hints) {
    return new CompositeContext() {
      @Override
      public void compose(Raster src, Raster dstIn, WritableRaster dstOut) {
        int w = Math.min(src.getWidth(), dstIn.getWidth());
        int h = Math.min(src.getHeight(), dstIn.getHeight());
        Object s = null;
        Object d = null;
        float[] cs = new float[3];
        float[] cb = new float[3];
        float[] b = new float[3];
        for (int y = 0; y < h; y++) {
          if (org.apache.batik.util.HaltingThread.hasBeenHalted()) {
            return; // over the master's time budget: the watchdog throws the render away
          }
          for (int x = 0; x < w; x++) {
            s = src.getDataElements(src.getMinX() + x, src.getMinY() + y, s);
            d = dstIn.getDataElements(dstIn.getMinX() + x, dstIn.getMinY() + y, d);
            int out = blend(srcCm.getRGB(s), dstCm.getRGB(d), cs, cb, b);
            d = dstCm.getDataElements(out, d);
            dstOut.setDataElements(dstOut.getMinX() + x, dstOut.getMinY() + y, d);
          }
        }
      }

      @Override
      public void dispose() {
        // nothing held
      }
    };
  }

  /** One source pixel over one backdrop pixel, both non-premultiplied ARGB. */
  int blend(int src, int dst, float[] cs, float[] cb, float[] b) {
    float as = (src >>> 24) / 255f * alpha;
    if (as <= 0) {
      return dst;
    }
    float ab = (dst >>> 24) / 255f;
    unpack(src, cs);
    unpack(dst, cb);
    mix(cb, cs, b);
    float ao = as + ab * (1 - as);
    int argb = Math.round(ao * 255) << 24;
    for (int i = 0; i < 3; i++) {
      float co = as * (1 - ab) * cs[i] + ab * (1 - as) * cb[i] + as * ab * b[i];
      int v = Math.round(co / ao * 255);
      argb |= Math.max(0, Math.min(255, v)) << (16 - 8 * i);
    }
    return argb;
  }

  private static void unpack(int argb, float[] c) {
    c[0] = (argb >> 16 & 0xff) / 255f;
    c[1] = (argb >> 8 & 0xff) / 255f;
    c[2] = (argb & 0xff) / 255f;
  }

  /** B(cb, cs) into {@code b}. */
  void mix(float[] cb, float[] cs, float[] b) {
    switch (mode) {
      case HUE -> setLum(setSat(cs.clone(), sat(cb)), lum(cb), b);
      case SATURATION -> setLum(setSat(cb.clone(), sat(cs)), lum(cb), b);
      case COLOR -> setLum(cs.clone(), lum(cb), b);
      case LUMINOSITY -> setLum(cb.clone(), lum(cs), b);
      default -> {
        for (int i = 0; i < 3; i++) {
          b[i] = separable(cb[i], cs[i]);
        }
      }
    }
  }

  private float separable(float cb, float cs) {
    return switch (mode) {
      case MULTIPLY -> cb * cs;
      case SCREEN -> screen(cb, cs);
      case OVERLAY -> hardLight(cs, cb);
      case DARKEN -> Math.min(cb, cs);
      case LIGHTEN -> Math.max(cb, cs);
      case COLOR_DODGE -> cb == 0 ? 0 : cs >= 1 ? 1 : Math.min(1, cb / (1 - cs));
      case COLOR_BURN -> cb >= 1 ? 1 : cs <= 0 ? 0 : 1 - Math.min(1, (1 - cb) / cs);
      case HARD_LIGHT -> hardLight(cb, cs);
      case SOFT_LIGHT -> {
        if (cs <= 0.5f) {
          yield cb - (1 - 2 * cs) * cb * (1 - cb);
        }
        float dcb = cb <= 0.25f ? ((16 * cb - 12) * cb + 4) * cb : (float) Math.sqrt(cb);
        yield cb + (2 * cs - 1) * (dcb - cb);
      }
      case DIFFERENCE -> Math.abs(cb - cs);
      case EXCLUSION -> cb + cs - 2 * cb * cs;
      default -> cs; // NORMAL
    };
  }

  private static float screen(float cb, float cs) {
    return cb + cs - cb * cs;
  }

  private static float hardLight(float cb, float cs) {
    return cs <= 0.5f ? cb * 2 * cs : screen(cb, 2 * cs - 1);
  }

  private static float lum(float[] c) {
    return 0.3f * c[0] + 0.59f * c[1] + 0.11f * c[2];
  }

  private static float sat(float[] c) {
    return Math.max(c[0], Math.max(c[1], c[2])) - Math.min(c[0], Math.min(c[1], c[2]));
  }

  /** SetLum then ClipColor, into {@code out}. */
  private static void setLum(float[] c, float l, float[] out) {
    float d = l - lum(c);
    for (int i = 0; i < 3; i++) {
      out[i] = c[i] + d;
    }
    float lo = lum(out);
    float n = Math.min(out[0], Math.min(out[1], out[2]));
    float x = Math.max(out[0], Math.max(out[1], out[2]));
    for (int i = 0; i < 3; i++) {
      if (n < 0) {
        out[i] = lo + (out[i] - lo) * lo / (lo - n);
      }
      if (x > 1) {
        out[i] = lo + (out[i] - lo) * (1 - lo) / (x - lo);
      }
    }
  }

  /** SetSat: the colour's largest component becomes s, its smallest 0, the middle scaled. */
  private static float[] setSat(float[] c, float s) {
    int max = c[0] >= c[1] ? (c[0] >= c[2] ? 0 : 2) : (c[1] >= c[2] ? 1 : 2);
    int min = c[0] < c[1] ? (c[0] < c[2] ? 0 : 2) : (c[1] < c[2] ? 1 : 2);
    if (max == min) {
      min = (max + 1) % 3;
    }
    int mid = 3 - max - min;
    if (c[max] > c[min]) {
      c[mid] = (c[mid] - c[min]) * s / (c[max] - c[min]);
      c[max] = s;
    } else {
      c[mid] = 0;
      c[max] = 0;
    }
    c[min] = 0;
    return c;
  }
}
