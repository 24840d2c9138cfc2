package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.logokit.Golden;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.verify.ImageComparison;

/**
 * Our PNGs look like the ones the XSF made with Inkscape. Measured with Batik 1.19 on OpenJDK 17
 * at Marlin's 2^8 x 2^5 sub-pixels: mean absolute difference 0.141 of 255 per premultiplied RGBA
 * channel over the 88 files, worst file 0.84 (a 16 px one, where anti-aliasing differs most);
 * the figures per size are printed. The tolerances leave room for other JDKs' rasterisers
 * without letting a wrong colour, offset or scale through.
 */
class FidelityTest {
  static final double MAX_MEAN_PER_FILE = 2.5;
  static final double MAX_MEAN_OVER_KIT = 0.5;

  @Test
  void everyPublishedPngIsMatchedWithinTolerance() throws Exception {
    Path out = RenderedKit.get().out;
    List<String> failures = new ArrayList<>();
    double total = 0;
    double worst = 0;
    String worstLink = "";
    List<String> links = XmppKitTest.pageLinks();
    Map<String, double[]> bySize = new TreeMap<>(SIZE_ORDER); // size -> {sum, count, worst}
    for (String link : links) {
      Path published = TestFiles.PUBLISHED.resolve(link);
      if (!Files.exists(published)) {
        published = TestFiles.PUBLISHED.resolve(link.replace("-300dpi.png", "-300px.png"));
      }
      BufferedImage theirs = TestFiles.decode(published);
      BufferedImage ours = TestFiles.decode(out.resolve(link));
      ImageComparison d = ImageComparison.of(theirs, ours);
      total += d.mean();
      double[] size = bySize.computeIfAbsent(size(link), k -> new double[3]);
      size[0] += d.mean();
      size[1]++;
      size[2] = Math.max(size[2], d.mean());
      if (d.mean() > worst) {
        worst = d.mean();
        worstLink = link;
      }
      if (d.mean() > MAX_MEAN_PER_FILE) {
        failures.add(String.format(Locale.ROOT, "%s: mean %.3f, max %d (published, ours and "
            + "their difference: %s)", link, d.mean(), d.max(),
            Golden.writeImageDiff("fidelity/" + link, theirs, ours)));
      }
    }
    double mean = total / links.size();
    System.out.printf(Locale.ROOT, "fidelity: mean %.3f over %d files, worst %.3f (%s)%n", mean,
        links.size(), worst, worstLink);
    bySize.forEach((size, f) -> System.out.printf(Locale.ROOT,
        "fidelity: %-6s mean %.3f, worst %.3f over %d files%n", size, f[0] / f[1], f[2],
        (int) f[1]));
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(mean <= MAX_MEAN_OVER_KIT, "mean over the kit " + mean);
  }

  private static final Pattern SUFFIX = Pattern.compile("-(\\d+)(px|dpi)\\.png$");

  /** Sizes in pixel order: own (200 px), then 16px ... 1024px, then 300dpi, 600dpi. */
  private static final Comparator<String> SIZE_ORDER = Comparator
      .comparing((String s) -> s.endsWith("dpi") ? 1 : 0)
      .thenComparing(s -> s.equals("own") ? 200 : Integer.parseInt(s.replaceAll("\\D", "")));

  /** The target a page link names: {@code 16px}, {@code 300dpi} or {@code own}. */
  static String size(String link) {
    Matcher m = SUFFIX.matcher(link);
    return m.find() ? m.group(1) + m.group(2) : "own";
  }
}
