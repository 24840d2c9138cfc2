package org.logokit.sets;

import org.logokit.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 5: Debian's headless Chromium shows the contact sheet of the icon set kit
 * (opened from the output folder as a file, as a designer opens it) at 1400 and at 400 CSS px
 * wide: nothing reaches past the viewport's width, every image loads (the set previews' too), and
 * the masks are applied as the sheet's CSS says. A screenshot of the whole page at each width is
 * written to {@code target/contact-sheet-<width>.png} to look at.
 */
class ContactSheetInChromiumTest {
  static final List<Integer> WIDTHS = List.of(1400, 400);

  /** Run in the page: its width, every image's state, what overflows, the masks' styles. */
  static final String LAYOUT_JS = """
      (() => {
        const overflowing = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
            .map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 10);
        const images = [...document.images].map(i => ({src: i.getAttribute('src'),
            loaded: i.complete && i.naturalWidth > 0}));
        const style = s => { const e = document.querySelector(s);
            return e ? getComputedStyle(e) : null; };
        return {scrollWidth: document.documentElement.scrollWidth, innerWidth, overflowing,
            images, circle: style('.sets .mask-circle').borderRadius,
            squircle: style('.sets .mask-squircle').clipPath,
            ios: style('.sets .mask-ios').borderRadius,
            masked: [...document.querySelectorAll('.sets .masked')].map(m => {
              const r = m.getBoundingClientRect(); return r.width + 'x' + r.height; })};
      })()
      """;

  @TempDir Path dir;

  @BeforeEach
  void needsChromium() {
    assumeTrue(HeadlessChromium.installed(), "Debian's Chromium is not installed at "
        + HeadlessChromium.BINARY + " (apt-get install chromium; .ci/run installs it)");
  }

  @Test
  void theSheetFitsAt1400And400PxAndEveryImageLoads() throws Exception {
    Path sheet = IconSetKit.get().file("index.html").toAbsolutePath();
    int imgs = Jsoup.parse(sheet.toFile()).select("img").size();
    int masked = Jsoup.parse(sheet.toFile()).select(".sets .masked").size();
    assertTrue(masked > 0, "the kit's sheet has set previews");
    try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
      String session = chromium.open(sheet.toUri().toString());
      for (int width : WIDTHS) {
        chromium.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width,
            "height", 900, "deviceScaleFactor", 1, "mobile", false));
        JsonNode page = chromium.send(session, "Runtime.evaluate", Map.of("expression",
            LAYOUT_JS, "returnByValue", true));
        assertFalse(page.has("exceptionDetails"), page.toString());
        JsonNode v = page.path("result").path("value");
        String at = width + " px: ";
        assertEquals(width, v.get("innerWidth").asInt(), at + "the viewport");
        assertTrue(v.get("scrollWidth").asInt() <= v.get("innerWidth").asInt(), at
            + "scrollWidth " + v.get("scrollWidth") + "; past the edge: " + v.get("overflowing"));
        assertEquals(imgs, v.get("images").size(), at + "every img of the page");
        for (JsonNode img : v.get("images")) {
          assertTrue(img.get("loaded").asBoolean(), at + "not loaded: " + img);
        }
        assertEquals("50%", v.get("circle").asText(), at);
        assertTrue(v.get("squircle").asText().startsWith("path("), at + v.get("squircle"));
        assertEquals("22.37%", v.get("ios").asText(), at);
        assertEquals(masked, v.get("masked").size(), at);
        v.get("masked").forEach(m -> assertEquals("72x72", m.asText(), at
            + "a masked icon at 72 px"));
        screenshot(chromium, session, width);
      }
    }
  }

  /** The whole page (up to 16,384 px tall) as a PNG under {@code target/}. */
  static void screenshot(HeadlessChromium chromium, String session, int width) throws Exception {
    JsonNode metrics = chromium.send(session, "Page.getLayoutMetrics", Map.of());
    double height = Math.min(16_384, metrics.get("cssContentSize").get("height").asDouble());
    JsonNode shot = chromium.send(session, "Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
            "height", height, "scale", 1)));
    Path png = Path.of("target", "contact-sheet-" + width + ".png");
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    System.out.println("contact sheet at " + width + " px: " + png.toAbsolutePath());
  }
}
