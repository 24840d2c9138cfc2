package org.logokit.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A PDF's record lists its pages and page size in points; no other record may. */
class PdfRecordTest {
  static ManifestEntry pdf(String path, Integer pages, Double w, Double h) {
    ManifestEntry e = ManifestJsonTest.entry(path).toBuilder().target("pdf")
        .image(200, 200, 96).format(org.logokit.format.Format.PDF, "fast").build();
    // Any mix of page fields, as a pull request may write them.
    return new ManifestEntry(e.path(), e.master(), e.masterSha256(), e.target(), e.width(),
        e.height(), e.dpi(), e.bytes(), e.sha256(), e.format(), e.scheme(), null, null, pages, w,
        h, e.renderer(), e.encoder());
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
        ManifestJsonTest.entry("a/a.png").toBuilder().pdf(1, 150.0, 150.0).build(),
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
