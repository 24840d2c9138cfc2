package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.cli.CliTest.Run;
import org.logokit.format.Format;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.logokit.manifest.BuildInfo;
import org.logokit.manifest.ManifestJson;
import org.logokit.report.ContactSheet;
import org.logokit.write.OutputFolder;
import org.logokit.text.Sha256;

/**
 * A library upgrade that changes no pixels (a new deflater, say) must not turn the shipped kit
 * stale: each record names the encoder that made its bytes, check stays green and says which
 * outputs would change only in bytes, and render rewrites those only with --reencode.
 */
class EncoderUpgradeTest {
  static final String PNG = "xmpp_logo/xmpp_logo-64px.png";

  @TempDir Path dir;
  Path assets;
  Path out;

  @BeforeEach
  void committedKit() throws Exception {
    assets = TestFiles.copyAssets(dir);
    out = RenderedKit.get().copyTo(dir.resolve("output"));
  }

  Run run(String command, String... extra) {
    List<String> args = new ArrayList<>(List.of(command, "--assets", assets.toString(),
        "--out", out.toString()));
    args.addAll(List.of(extra));
    return CliTest.run(args.toArray(String[]::new));
  }

  /**
   * Every record of the manifest edited by {@code edit}, the file rewritten, and the contact
   * sheet made from it, as the logokit that wrote such a manifest made it.
   */
  void editRecords(BiConsumer<String, ObjectNode> edit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path manifest = out.resolve("manifest.json");
    JsonNode root = json.readTree(manifest.toFile());
    for (JsonNode o : root.get("outputs")) {
      edit.accept(o.get("path").asText(), (ObjectNode) o);
    }
    json.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), root);
    Files.write(out.resolve("index.html"), ContactSheet.html(
        ManifestJson.read(Files.readAllBytes(manifest)).manifest(), OutputFolder.open(out,
        false)));
  }

  /** The contact sheet with each embedded preview passed through {@code change}. */
  void editPreviews(java.util.function.UnaryOperator<byte[]> change) throws Exception {
    Path sheet = out.resolve("index.html");
    Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)")
        .matcher(Files.readString(sheet));
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (m.find()) {
      byte[] png = change.apply(Base64.getDecoder().decode(m.group(1)));
      m.appendReplacement(sb, "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
      n++;
    }
    m.appendTail(sb);
    long shownAsPreviews = records().stream()
        .filter(o -> List.of("tiff", "icns").contains(o.get("format").asText())).count();
    assertTrue(shownAsPreviews > 0, "the kit has a TIFF or an ICNS");
    assertEquals(shownAsPreviews, n, "previews of the TIFFs and ICNSs, which browsers do not "
        + "show");
    Files.writeString(sheet, sb.toString());
  }

  static byte[] jdkPng(byte[] png) {
    try {
      return jdkPng(TestFiles.decode(png), 3780);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSheetWhosePreviewsAnotherEncoderMadeIsCurrent() throws Exception {
    byte[] before = Files.readAllBytes(out.resolve("index.html"));
    editPreviews(EncoderUpgradeTest::jdkPng);
    assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("index.html"))));
    Run r = run("check");
    assertEquals(0, r.exit(), r.out());
    assertEquals("check: " + out + " is current", r.out().strip());
    assertEquals(0, run("render").exit());
    assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("index.html"))),
        "kept as it is");
    assertEquals(0, run("render", "--reencode").exit());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("index.html")), "made again");
  }

  /** Same pixels, but a chunk a browser acts on (here text after the image): not logokit's. */
  @Test
  void aSheetPreviewWithAChunkLogokitDoesNotWriteIsCaught() throws Exception {
    int[] seen = {0};
    editPreviews(png -> seen[0]++ != 1 ? png : withTextChunk(png));
    Run r = run("check");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("index.html: file edited"), r.out());
  }

  /** {@code png} with a tEXt chunk before its IEND. */
  static byte[] withTextChunk(byte[] png) {
    byte[] text = "Comment\0<script>alert(1)</script>".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + text.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    crc.update(text);
    chunk.putInt(text.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .put(text).putInt((int) crc.getValue());
    int iend = png.length - 12;
    byte[] out = new byte[png.length + chunk.capacity()];
    System.arraycopy(png, 0, out, 0, iend);
    System.arraycopy(chunk.array(), 0, out, iend, chunk.capacity());
    System.arraycopy(png, iend, out, iend + chunk.capacity(), 12);
    return out;
  }

  @Test
  void anOlderEncoderRecordedForEveryOutputLeavesCheckGreen() throws Exception {
    // What check --pixels proves by image data; a TIFF is proved by its bytes alone.
    java.util.Set<String> proved = java.util.Set.of("png", "ico", "icns");
    editRecords((path, o) -> {
      if (proved.contains(o.get("format").asText())) {
        o.put("encoder", "png-1+libdeflate-1.14");
      }
    });
    int all = (int) records().stream()
        .filter(o -> proved.contains(o.get("format").asText())).count();
    Run r = run("check");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("is current; " + all + " outputs made by another encoder "
        + "(png-1+libdeflate-1.14, this logokit's "), r.out());
    assertTrue(r.out().contains("same pixels unless --pixels says otherwise, other bytes; "
        + "'logokit render --assets " + assets + " --out " + out + " --reencode' rewrites them"),
        r.out());

    JsonNode doc = new ObjectMapper().readTree(run("check", "--format", "json").out());
    assertTrue(doc.get("ok").asBoolean());
    assertEquals(0, doc.get("findings").size());
    assertEquals(all, doc.get("bytesOnly").size(), "every PNG, ICO and ICNS");
    JsonNode first = doc.get("bytesOnly").get(0);
    assertEquals("png-1+libdeflate-1.14", first.get("recordedEncoder").asText());

    Run gh = run("check", "--format", "github");
    assertEquals(0, gh.exit());
    assertFalse(gh.out().contains("::error"), "no annotation for bytes alone: " + gh.out());
  }

  /**
   * png-1 wrote pHYs truncated (96 DPI as 3779 px/m), png-2 rounds as Inkscape 1.x and
   * Illustrator do (3780): a committed kit png-1 made stays valid, its files bytes-only changes
   * until --reencode writes the rounded pHYs.
   */
  @Test
  void aPng1OutputWithTruncatedPhysIsValidUntilReencoded() throws Exception {
    String own = "xmpp_logo/xmpp_logo.png"; // 96 DPI
    byte[] ours = Files.readAllBytes(out.resolve(own));
    assertEquals(3780, org.logokit.format.png.PngHeader.parse(ours).pixelsPerMeterX());
    byte[] png1 = org.logokit.format.png.PngEncoder.encode(TestFiles.decode(out.resolve(own)),
        3779);
    Files.write(out.resolve(own), png1);
    editRecords((path, o) -> {
      if (path.equals(own)) {
        o.put("sha256", Sha256.hex(png1)).put("bytes", png1.length)
            .put("encoder", "png-1+jlibdeflate-0.1.0");
      }
    });
    assertEquals(0, CliTest.run("verify", "--out", out.toString()).exit());
    Run check = run("check");
    assertEquals(0, check.exit(), check.out());
    assertTrue(check.out().contains("1 output made by another encoder (png-1+jlibdeflate-0.1.0"),
        check.out());
    assertEquals(0, run("check", "--pixels").exit());
    assertEquals(0, run("render").exit());
    assertArrayEquals(png1, Files.readAllBytes(out.resolve(own)), "kept as png-1 made it");
    assertEquals(0, run("render", "--reencode").exit());
    assertArrayEquals(ours, Files.readAllBytes(out.resolve(own)), "pHYs 3780, png-2's bytes");

    // A png-2 record is held to the rounded value exactly: 3779 is then a wrong DPI.
    Files.write(out.resolve(own), png1);
    editRecords((path, o) -> {
      if (path.equals(own)) {
        o.put("sha256", Sha256.hex(png1)).put("bytes", png1.length);
      }
    });
    Run wrong = CliTest.run("verify", "--out", out.toString());
    assertEquals(1, wrong.exit());
    assertTrue(wrong.out().contains("pHYs 3779 px/m"), wrong.out());
  }

  /** Its pixels are what render makes, so it stays; its record keeps its encoder. */
  @Test
  void aFileAnotherEncoderMadePassesCheckAndPixelsAndRenderKeepsIt() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(PNG));
    byte[] theirs = jdkPng(TestFiles.decode(out.resolve(PNG)), 1209); // 30.72 DPI
    assertNotEquals(Sha256.hex(ours), Sha256.hex(theirs));
    Files.write(out.resolve(PNG), theirs);
    editRecords((path, o) -> {
      if (path.equals(PNG)) {
        o.put("sha256", Sha256.hex(theirs)).put("bytes", theirs.length)
            .put("encoder", "jdk-imageio-25");
      }
    });

    Run check = run("check");
    assertEquals(0, check.exit(), check.out());
    assertTrue(check.out().contains("1 output made by another encoder (jdk-imageio-25"),
        check.out());
    assertTrue(check.out().contains("same pixels unless --pixels says otherwise"), check.out());
    Run pixels = run("check", "--pixels");
    assertEquals(0, pixels.exit(), pixels.out());
    assertTrue(pixels.out().contains("same pixels, other bytes"), pixels.out());

    Run render = run("render");
    assertEquals(0, render.exit(), render.err());
    assertTrue(render.err().contains("warning: 1 output has the image this logokit makes but "
        + "bytes from another encoder, kept as they are"), render.err());
    assertArrayEquals(theirs, Files.readAllBytes(out.resolve(PNG)), "kept");
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("jdk-imageio-25"));

    Run dry = run("render", "--dry-run", "--reencode");
    assertEquals("would overwrite " + PNG + " (--reencode: made by jdk-imageio-25)",
        dry.out().lines().findFirst().orElseThrow(), dry.out());

    Run reencode = run("render", "--reencode");
    assertEquals(0, reencode.exit(), reencode.err());
    assertTrue(reencode.out().contains("1 file written"), reencode.out());
    assertArrayEquals(ours, Files.readAllBytes(out.resolve(PNG)), "this logokit's bytes again");
    assertFalse(Files.readString(out.resolve("manifest.json")).contains("jdk-imageio-25"));
    assertEquals("check: " + out + " is current", run("check").out().strip());
  }

  /** Another renderer may draw other pixels: that output alone is rendered again. */
  @Test
  void anotherRendererIsStaleAndRenderedAgain() throws Exception {
    editRecords((path, o) -> {
      if (path.equals(PNG)) {
        o.put("renderer", "raster-2+marlin-8x3+batik-1.17");
      }
    });
    Run check = run("check");
    assertEquals(1, check.exit());
    assertTrue(check.out().contains("renderer changed"), check.out());
    Run render = run("render");
    assertTrue(render.out().contains("1 file written"), render.out());
    assertEquals(BuildInfo.renderer(Format.PNG), record(PNG).get("renderer").asText());
  }

  @Test
  void eachRecordNamesItsFormatsRendererAndEncoder() throws Exception {
    Map<String, String> renderer = Map.of("png", "raster-3+", "ico", "raster-3+",
        "icns", "raster-3+", "tiff", "raster-3+", "svg", "copy");
    Map<String, String> encoder = Map.of("png", "png-2+jlibdeflate-", "ico", "ico-1+jlibdeflate-",
        "icns", "icns-1+jlibdeflate-", "tiff", "tiff-lzw-1+twelvemonkeys-", "svg", "copy");
    java.util.Set<String> formats = new java.util.TreeSet<>();
    for (JsonNode o : records()) {
      String f = o.get("format").asText();
      assertTrue(o.get("renderer").asText().startsWith(renderer.get(f)), o.toString());
      assertTrue(o.get("encoder").asText().startsWith(encoder.get(f)), o.toString());
      formats.add(f);
    }
    assertEquals(new java.util.TreeSet<>(renderer.keySet()), formats, "each format seen");
  }

  /** The records of the folder's manifest, as JSON. */
  private List<JsonNode> records() throws Exception {
    List<JsonNode> all = new ArrayList<>();
    new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("outputs")
        .forEach(all::add);
    return all;
  }

  private JsonNode record(String path) throws Exception {
    for (JsonNode o : records()) {
      if (o.get("path").asText().equals(path)) {
        return o;
      }
    }
    throw new AssertionError("no record of " + path);
  }

  static byte[] jdkPng(BufferedImage image, int pixelsPerMeter) throws Exception {
    return org.logokit.JdkPng.of(image, pixelsPerMeter);
  }
}
