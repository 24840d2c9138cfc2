package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.manifest.ManifestJson;
import org.logokit.report.ContactSheet;
import org.logokit.text.Sha256;
import org.logokit.write.OutputFolder;

/**
 * A pull request rewrites an output and its manifest record together, as it can: {@code check}
 * finds what the plan and the master decide without rendering (a copy's or a text file's bytes,
 * a record's DPI), and {@code check --pixels} proves every file, pixels and all, whatever the
 * record says. {@code render} makes such a file again.
 */
class ForgedOutputsTest {
  static final String CONFIG = """
      copyMasters: true
      masters:
        - file: logo.svg
          title: XMPP
          targets: [own, 600dpi, 600dpi.tiff, ico, web, ios]
      """;

  @TempDir Path dir;
  Path assets;
  Path out;

  @BeforeEach
  void renderedKit() throws Exception {
    assets = dir.resolve("assets");
    Files.createDirectories(assets);
    Files.copy(TestFiles.ASSETS.resolve("xmpp_logo_(without_text).svg"),
        assets.resolve("logo.svg"));
    TestFiles.write(assets.resolve("logokit.yaml"), CONFIG);
    out = dir.resolve("out");
    Cli r = Cli.run("render", "-q", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.all());
  }

  Cli check(String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check",
        "--assets", assets.toString(), "--out", out.toString()));
    args.addAll(java.util.List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  /**
   * {@code path} rewritten to {@code bytes}, its record rehashed and edited by {@code edit},
   * and the contact sheet made from the new manifest: all a pull request can do.
   */
  void forge(String path, byte[] bytes, Consumer<ObjectNode> edit) throws Exception {
    Files.write(out.resolve(path), bytes);
    ObjectMapper json = new ObjectMapper();
    Path manifest = out.resolve("manifest.json");
    JsonNode root = json.readTree(manifest.toFile());
    boolean found = false;
    for (JsonNode o : root.get("outputs")) {
      if (o.get("path").asText().equals(path)) {
        ObjectNode record = (ObjectNode) o;
        record.put("sha256", Sha256.hex(bytes)).put("bytes", bytes.length);
        edit.accept(record);
        found = true;
      }
    }
    assertTrue(found, path);
    json.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), root);
    Files.write(out.resolve("index.html"), ContactSheet.html(ManifestJson.read(
        Files.readAllBytes(manifest)).manifest(), OutputFolder.open(out, false)));
    assertEquals(0, Cli.run("verify", "--out", out.toString()).exit(), "the manifest agrees");
  }

  void forge(String path, byte[] bytes) throws Exception {
    forge(path, bytes, r -> { });
  }

  /** Both checks find the forged file; render makes it again, byte for byte. */
  void caughtAndMadeAgain(String path, String checkSays, String pixelsSay) throws Exception {
    byte[] original = TestFiles.snapshot(dir.resolve("kept")).get(path);
    if (checkSays != null) {
      Cli c = check();
      assertEquals(1, c.exit(), c.all());
      assertTrue(c.out().contains(checkSays), c.out());
    }
    // Every finding of the file, not grouped: --pixels finds it on its own account.
    Cli p = check("--pixels", "--format", "json");
    assertEquals(1, p.exit(), p.all());
    List<String> said = new java.util.ArrayList<>();
    new ObjectMapper().readTree(p.out()).get("findings").forEach(f -> {
      if (f.get("path").asText().equals(path)) {
        said.add(f.get("message").asText());
      }
    });
    assertTrue(said.stream().anyMatch(m -> m.contains(pixelsSay)), said.toString());
    if (checkSays != null) {
      assertEquals(0, Cli.run("render", "-q", "--assets", assets.toString(), "--out",
          out.toString()).exit());
      assertArrayEquals(original, Files.readAllBytes(out.resolve(path)), "made again");
      assertEquals(0, check("--pixels").exit());
    }
  }

  @BeforeEach
  void keepTheRender() throws Exception {
    TestFiles.copyTree(out, dir.resolve("kept"));
  }

  @Test
  void aCopyOfTheMasterWithAScriptIsCaughtAndMadeAgain() throws Exception {
    String path = "logo/logo.svg";
    String svg = Files.readString(out.resolve(path)).replace("</svg>",
        "<script>alert(document.cookie)</script></svg>");
    forge(path, svg.getBytes(StandardCharsets.UTF_8));
    caughtAndMadeAgain(path, "not the file render writes", "its bytes differ");
  }

  @Test
  void aSetsHeadHtmlWithAScriptIsCaughtAndMadeAgain() throws Exception {
    String path = "logo/logo-web/head.html";
    forge(path, (Files.readString(out.resolve(path)) + "<script src=//evil.example></script>\n")
        .getBytes(StandardCharsets.UTF_8));
    caughtAndMadeAgain(path, "not the file render writes", "its bytes differ");
  }

  @Test
  void anXcodeContentsJsonPointingOutOfTheFolderIsCaught() throws Exception {
    String path = "logo/logo-ios/AppIcon.appiconset/Contents.json";
    forge(path, Files.readString(out.resolve(path)).replaceFirst("\"filename\" : \"[^\"]+\"",
        "\"filename\" : \"../../../../etc/passwd\"").getBytes(StandardCharsets.UTF_8));
    caughtAndMadeAgain(path, "not the file render writes", "its bytes differ");
  }

  /** Browsers play an APNG's other frames; ImageIO shows its first, the pixels logokit made. */
  @Test
  void anApngWhoseOtherFrameIsARedSquareIsCaughtByPixels() throws Exception {
    String path = "logo/logo.png";
    byte[] png = Files.readAllBytes(out.resolve(path));
    byte[] apng = PngForgery.withChunkBeforeIdat(png, "acTL",
        ByteBuffer.allocate(8).putInt(2).putInt(0).array());
    forge(path, apng);
    caughtAndMadeAgain(path, null, "the same pixels, but a chunk logokit does not write: acTL");
  }

  @Test
  void htmlInATextChunkAndBytesAfterIendAreCaughtByPixels() throws Exception {
    String path = "logo/logo-600dpi.png";
    byte[] png = Files.readAllBytes(out.resolve(path));
    byte[] text = PngForgery.withChunkBeforeIdat(png, "tEXt",
        "Comment\0<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1));
    forge(path, text);
    caughtAndMadeAgain(path, null, "a chunk logokit does not write: tEXt");

    byte[] tail = java.util.Arrays.copyOf(png, png.length + 100_000);
    forge(path, tail);
    caughtAndMadeAgain(path, null, "bytes, over twice the " + png.length + " this logokit "
        + "writes"); // another encoder's file is at most twice ours: not even decoded
    byte[] shortTail = java.util.Arrays.copyOf(png, png.length + 100);
    forge(path, shortTail);
    caughtAndMadeAgain(path, null, "the same pixels, but 100 bytes after IEND");
  }

  /** The pHYs and the record's DPI rewritten together: the plan says 600 DPI. */
  @Test
  void aPngRewrittenTo72DpiWithItsRecordIsCaught() throws Exception {
    String path = "logo/logo-600dpi.png";
    byte[] png = PngForgery.withPhys(Files.readAllBytes(out.resolve(path)), 2834);
    forge(path, png, r -> r.put("dpi", 2834 * 0.0254));
    caughtAndMadeAgain(path, "not the size or DPI the kit plans", "the same pixels, but wrong "
        + "DPI: expected 600 DPI (pHYs 23622 px/m), found 71.98 DPI (pHYs 2834 px/m)");
  }

  @Test
  void aTiffWhoseResolutionTagsAndRecordSay72IsCaught() throws Exception {
    String path = "logo/logo-600dpi.tiff";
    byte[] tiff = org.logokit.format.tiff.TiffEncoder.encode(TestFiles.decode(
        Files.readAllBytes(out.resolve("logo/logo-600dpi.png"))), 72);
    forge(path, tiff, r -> r.put("dpi", 72.0));
    caughtAndMadeAgain(path, "not the size or DPI the kit plans", "the same pixels, but ");
  }

  /** Other bytes for the same pixels under a record that names this logokit's encoder. */
  @Test
  void anotherEncodersBytesUnderThisEncodersNameAreCaughtByPixels() throws Exception {
    String path = "logo/logo.png";
    byte[] jdk = org.logokit.JdkPng.of(
        TestFiles.decode(Files.readAllBytes(out.resolve(path))), 3780);
    forge(path, jdk);
    caughtAndMadeAgain(path, null, "other bytes than this logokit's encoder");
  }

  /** PNG bytes spliced by hand, CRCs right. */
  static final class PngForgery {
    private PngForgery() {}

    static byte[] chunk(String type, byte[] data) {
      CRC32 crc = new CRC32();
      crc.update(type.getBytes(StandardCharsets.US_ASCII));
      crc.update(data);
      return ByteBuffer.allocate(12 + data.length).putInt(data.length)
          .put(type.getBytes(StandardCharsets.US_ASCII)).put(data)
          .putInt((int) crc.getValue()).array();
    }

    /** {@code png} with a chunk inserted right before its first IDAT. */
    static byte[] withChunkBeforeIdat(byte[] png, String type, byte[] data) {
      int at = indexOf(png, "IDAT") - 4;
      byte[] c = chunk(type, data);
      byte[] out = new byte[png.length + c.length];
      System.arraycopy(png, 0, out, 0, at);
      System.arraycopy(c, 0, out, at, c.length);
      System.arraycopy(png, at, out, at + c.length, png.length - at);
      return out;
    }

    /** {@code png} with its pHYs set to {@code ppm} both ways. */
    static byte[] withPhys(byte[] png, int ppm) {
      int at = indexOf(png, "pHYs") - 4;
      byte[] c = chunk("pHYs", ByteBuffer.allocate(9).putInt(ppm).putInt(ppm).put((byte) 1)
          .array());
      byte[] out = png.clone();
      System.arraycopy(c, 0, out, at, c.length);
      return out;
    }

    static int indexOf(byte[] png, String type) {
      byte[] t = type.getBytes(StandardCharsets.US_ASCII);
      for (int i = 8; i + 8 <= png.length; ) {
        int len = ByteBuffer.wrap(png, i, 4).getInt();
        if (java.util.Arrays.equals(png, i + 4, i + 8, t, 0, 4)) {
          return i + 4;
        }
        i += 12 + len;
      }
      throw new AssertionError("no " + type);
    }
  }
}
