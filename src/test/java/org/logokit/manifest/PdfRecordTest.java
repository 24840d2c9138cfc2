package org.logokit.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A PDF's record lists its pages and page size in points; no other record may. */
class PdfRecordTest {
  static ManifestEntry pdf(String path, Integer pages, Double w, Double h) {
    return new ManifestEntry(path, "a.svg", "ab".repeat(32), "pdf", 200, 200, 96, 1234,
        "cd".repeat(32), "pdf", "light", null, null, pages, w, h);
  }

  static ManifestJson.Read roundTrip(ManifestEntry... entries) throws IOException {
    return ManifestJson.read(ManifestJson.write(Manifest.of("fast", null, null,
        List.of(entries))));
  }

  @Test
  void aPdfRecordRoundTripsWithItsPage() throws IOException {
    ManifestEntry e = pdf("a/a.pdf", 1, 150.0, 37.5);
    ManifestJson.Read read = roundTrip(e);
    assertEquals(List.of(), read.problems());
    assertEquals(List.of(e), read.manifest().outputs());
  }

  @Test
  void recordsThatGetThePageWrongAreDropped() throws IOException {
    ManifestJson.Read read = roundTrip(
        pdf("a/none.pdf", null, null, null),
        pdf("a/half.pdf", 1, 150.0, null),
        pdf("a/two.pdf", 2, 150.0, 150.0),
        pdf("a/zero.pdf", 1, 0.0, 150.0),
        pdf("a/huge.pdf", 1, 1e9, 150.0),
        new ManifestEntry("a/a.png", "a.svg", "ab".repeat(32), "own", 200, 200, 96, 1234,
            "cd".repeat(32), "png", "light", null, null, 1, 150.0, 150.0),
        pdf("a/ok.pdf", 1, 150.0, 150.0));
    assertEquals(List.of("a/ok.pdf"), read.manifest().outputs().stream()
        .map(ManifestEntry::path).toList());
    assertEquals(List.of(
        "output record 1 ('a/a.png'): only PDFs list pages, pageWidth and pageHeight",
        "output record 2 ('a/half.pdf'): a PDF lists no pages, pageWidth and pageHeight",
        "output record 3 ('a/huge.pdf'): a PDF has 1 page of 0 to 14400 points a side",
        "output record 4 ('a/none.pdf'): a PDF lists no pages, pageWidth and pageHeight",
        "output record 6 ('a/two.pdf'): a PDF has 1 page of 0 to 14400 points a side",
        "output record 7 ('a/zero.pdf'): a PDF has 1 page of 0 to 14400 points a side"),
        read.problems());
  }

  @Test
  void aPngRecordHasNoPageFields() {
    String json = new String(ManifestJson.write(Manifest.of("fast", null, null,
        List.of(ManifestJsonTest.entry("a.png")))), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(-1, json.indexOf("page"), json);
  }
}
