package org.logokit.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {
  static ManifestEntry entry(String path) {
    return ManifestEntry.builder(path).master("a.svg", "ab".repeat(32)).target("64px")
        .image(64, 64, 30.72).file(1234, "cd".repeat(32))
        .format(org.logokit.format.Format.PNG, "fast").scheme("light").build();
  }

  @Test
  void roundTripsAndSortsByPath() throws IOException {
    Manifest m = Manifest.of("fast", "logokit.yaml", "ef".repeat(32),
        List.of(entry("b/b.png"), entry("a/a-64px.png"), entry("a/a.png")));
    Manifest back = ManifestJson.read(ManifestJson.write(m)).manifest();
    assertEquals(m, back);
    assertEquals(List.of("a/a-64px.png", "a/a.png", "b/b.png"),
        back.outputs().stream().map(ManifestEntry::path).toList());
  }

  @Test
  void sameManifestSameBytesWhateverTheInputOrder() {
    byte[] one = ManifestJson.write(Manifest.of("fast", null, null,
        List.of(entry("b.png"), entry("a.png"))));
    byte[] two = ManifestJson.write(Manifest.of("fast", null, null,
        List.of(entry("a.png"), entry("b.png"))));
    assertArrayEquals(one, two);
  }

  @Test
  void hasEveryFieldNoTimestampAndUnixLineEnds() {
    String json = new String(ManifestJson.write(Manifest.of("fast", null, null,
        List.of(entry("a.png")))), StandardCharsets.UTF_8);
    for (String key : List.of("schema", "toolVersion", "outputs", "path", "master",
        "masterSha256", "width", "height", "dpi", "bytes", "sha256", "format", "scheme",
        "renderer", "encoder")) {
      assertTrue(json.contains("\"" + key + "\""), key);
    }
    assertFalse(json.contains("\r"));
    assertFalse(json.toLowerCase().contains("time"));
    assertTrue(json.startsWith("{\n  \"schema\" : 2,"), json);
    assertFalse(json.contains("renderVersion"), "one version per output, not per manifest");
    assertFalse(json.contains("\"png\" :"), "no stray fields from the record's questions");
  }

  @Test
  void rejectsWhatIsNotAManifest() {
    IOException e = assertThrows(IOException.class,
        () -> ManifestJson.read("{\"schema\": 99, \"outputs\": []}".getBytes()));
    assertTrue(e.getMessage().contains("schema 99 is not supported"), e.getMessage());
    e = assertThrows(IOException.class, () -> ManifestJson.read("not json".getBytes()));
    assertTrue(e.getMessage().startsWith("not a logokit manifest"), e.getMessage());
  }

  /** The attacker's review: 1e-320 passed as positive and was shown as "0 DPI". */
  @Test
  void aDpiBelowOnePixelAMetreIsAProblem() throws IOException {
    String json = new String(ManifestJson.write(Manifest.of("fast", "logokit.yaml",
        "ef".repeat(32), List.of(entry("a.png")))), java.nio.charset.StandardCharsets.UTF_8);
    ManifestJson.Read ok = ManifestJson.read(json.getBytes());
    assertEquals(List.of(), ok.problems());
    ManifestJson.Read tiny = ManifestJson.read(json.replace("\"dpi\" : 30.72", "\"dpi\" : 1e-320")
        .getBytes());
    assertEquals(0, tiny.manifest().outputs().size());
    assertTrue(tiny.problems().get(0).contains("dpi must be from 0.0254 (1 pixel a metre)"),
        tiny.problems().toString());
  }
}
