package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.manifest.ManifestJson;
import org.logokit.report.ContactSheet;
import org.logokit.text.Sha256;
import org.logokit.write.OutputFolder;

/**
 * The second attacker's review: files a pull request re-encodes so that Java's decoder makes
 * exactly logokit's pixels of them, under a record that names another encoder, so that they
 * pass as "the same pixels, other bytes". Browsers show them otherwise, or they carry bytes no
 * decoder shows: a grey PNG (Java reads grey as linear, browsers as sRGB), a palette index past
 * the palette's end (Java shows black, Chrome the palette's last colour), bytes after the
 * compressed image inside IDAT, colours under full transparency, an icon directory's spare
 * fields. {@code check --pixels} refuses each, and {@code render} writes each anew rather than
 * keep it on the record's word; a TIFF or PDF another encoder made is stale for {@code check}
 * alone, since only its bytes prove it.
 */
class OtherEncoderForgeriesTest {
  /** Black and grey only, on pixel edges: an exact palette of three colours. */
  static final String MARK = """
      <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"
           shape-rendering="crispEdges">
        <rect x="8" y="8" width="48" height="48" fill="#000000"/>
        <rect x="16" y="28" width="32" height="8" fill="#808080"/>
      </svg>
      """;
  static final String CONFIG = """
      masters:
        - file: mark.svg
          targets: [own, ico]
        - file: logo.svg
          targets: [64px, 300dpi.tiff]
      """;
  static final String MARK_PNG = "mark/mark.png";
  static final String LOGO_PNG = "logo/logo-64px.png";

  @TempDir Path dir;
  Path assets;
  Path out;

  @BeforeEach
  void renderedKit() throws Exception {
    assets = dir.resolve("assets");
    Files.createDirectories(assets);
    TestFiles.write(assets.resolve("mark.svg"), MARK);
    Files.copy(TestFiles.ASSETS.resolve("xmpp_logo_(without_text).svg"),
        assets.resolve("logo.svg"));
    TestFiles.write(assets.resolve("logokit.yaml"), CONFIG);
    out = dir.resolve("out");
    Cli r = Cli.run("render", "-q", "--assets", assets.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.all());
  }

  @Test
  void aGreyPngThatJavaDecodesAsLogokitsPixelsIsRefusedAndWrittenAnew() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(MARK_PNG));
    BufferedImage image = TestFiles.decode(ours);
    int[] greyFor = greyThatJavaShowsAs();
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    for (int y = 0; y < image.getHeight(); y++) {
      rows.write(0);
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        int alpha = argb >>> 24;
        int grey = alpha == 0 ? 0 : greyFor[argb & 0xff];
        assertTrue(grey >= 0, "a grey Java shows as " + (argb & 0xff));
        rows.write(grey);
        rows.write(alpha);
      }
    }
    byte[] forged = png(ours, header(ours, 4), null, null, zlib(rows.toByteArray()));
    assertSamePixelsInJava(ours, forged);
    caughtAndWrittenAnew(MARK_PNG, forged, "its header says 64x64, 8-bit colour type 4 where "
        + "logokit writes 64x64, 8-bit colour type 3");
  }

  @Test
  void aPaletteIndexPastThePalettesEndIsRefused() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(MARK_PNG));
    BufferedImage image = TestFiles.decode(ours);
    IndexColorModel palette = (IndexColorModel) image.getColorModel();
    int black = -1;
    for (int i = 0; i < palette.getMapSize(); i++) {
      if (palette.getRGB(i) == 0xff000000) {
        black = i;
      }
    }
    assertTrue(black >= 0, "black is in the palette");
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    for (int y = 0; y < image.getHeight(); y++) {
      rows.write(0);
      for (int x = 0; x < image.getWidth(); x++) {
        int index = image.getRaster().getSample(x, y, 0);
        rows.write(index == black && x < 32 ? 255 : index); // Chrome: red; Java: black
      }
    }
    byte[] plte = chunk(ours, "PLTE");
    byte[] red = Arrays.copyOf(plte, plte.length + 3);
    red[plte.length] = (byte) 255;
    byte[] forged = png(ours, chunk(ours, "IHDR"), red, chunk(ours, "tRNS"),
        zlib(rows.toByteArray()));
    assertSamePixelsInJava(ours, forged);
    caughtAndWrittenAnew(MARK_PNG, forged, "its palette (PLTE) is not logokit's");
  }

  @Test
  void bytesAfterTheCompressedImageOrPastItsRowsAreRefused() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(LOGO_PNG));
    byte[] rows = inflate(chunk(ours, "IDAT"));
    byte[] stream = zlib(rows);
    byte[] tail = Arrays.copyOf(stream, stream.length + 40);
    Arrays.fill(tail, stream.length, tail.length, (byte) '<');
    caughtAndWrittenAnew(LOGO_PNG, png(ours, chunk(ours, "IHDR"), null, null, tail),
        "its image data has 40 bytes after its compressed stream");

    byte[] longer = Arrays.copyOf(rows, rows.length + 26_000);
    caughtAndWrittenAnew(LOGO_PNG, png(ours, chunk(ours, "IHDR"), null, null, zlib(longer)),
        "its image data has more than its rows");
  }

  /**
   * The third review: the same rows in a stream of stored blocks whose padding bits carry a
   * payload, or followed by millions of empty IDAT chunks, were proved and kept. Another
   * encoder's file may have at most twice logokit's bytes and 4 KiB.
   */
  @Test
  void anotherEncodersFileIsAtMostTwiceLogokitsBytes() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(LOGO_PNG));
    byte[] rows = inflate(chunk(ours, "IDAT"));
    Deflater stored = new Deflater(Deflater.NO_COMPRESSION);
    stored.setInput(rows);
    stored.finish();
    byte[] buf = new byte[rows.length + 1024];
    byte[] plain = Arrays.copyOf(buf, stored.deflate(buf));
    stored.end();
    assertTrue(plain.length > 2 * ours.length + 4096, "stored is the larger stream here");
    byte[] roomy = png(ours, chunk(ours, "IHDR"), null, null, plain);
    assertSamePixelsInJava(ours, roomy);
    caughtAndWrittenAnew(LOGO_PNG, roomy, roomy.length + " bytes, over twice the "
        + ours.length + " this logokit writes");

    byte[] deflated = png(ours, chunk(ours, "IHDR"), null, null, zlib(rows));
    ByteArrayOutputStream padded = new ByteArrayOutputStream();
    padded.write(deflated, 0, deflated.length - 12);
    for (int i = 0; i < 2 * ours.length / 12 + 400; i++) {
      write(padded, "IDAT", new byte[0]);
    }
    write(padded, "IEND", new byte[0]);
    caughtAndWrittenAnew(LOGO_PNG, padded.toByteArray(), "bytes, over twice the");
  }

  /** Another deflater's stream of the same rows, within the bound: proved, and kept. */
  @Test
  void anotherDeflatersStreamOfTheSameRowsIsKept() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(LOGO_PNG));
    byte[] theirs = png(ours, chunk(ours, "IHDR"), null, null,
        zlib(inflate(chunk(ours, "IDAT"))));
    forge(LOGO_PNG, theirs);
    Cli pixels = check("--pixels");
    assertEquals(0, pixels.exit(), pixels.all());
    Cli render = render();
    assertTrue(render.err().contains("kept as they are"), render.err());
    assertArrayEquals(theirs, Files.readAllBytes(out.resolve(LOGO_PNG)), "kept");
  }

  @Test
  void coloursUnderFullTransparencyAreRefused() throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(LOGO_PNG));
    assertEquals(6, chunk(ours, "IHDR")[9], "an RGBA PNG");
    byte[] rows = inflate(chunk(ours, "IDAT"));
    BufferedImage image = TestFiles.decode(ours);
    int w = image.getWidth();
    ByteArrayOutputStream hidden = new ByteArrayOutputStream();
    int changed = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      hidden.write(0);
      for (int x = 0; x < w; x++) {
        int argb = image.getRGB(x, y);
        boolean unseen = argb >>> 24 == 0;
        changed += unseen ? 1 : 0;
        hidden.write(unseen ? 255 : argb >> 16 & 0xff);
        hidden.write(unseen ? 0 : argb >> 8 & 0xff);
        hidden.write(unseen ? 0 : argb & 0xff);
        hidden.write(argb >>> 24);
      }
    }
    assertTrue(changed > 0 && rows.length == hidden.size(), "unseen pixels to colour");
    byte[] forged = png(ours, chunk(ours, "IHDR"), null, null, zlib(hidden.toByteArray()));
    assertSamePixelsInJava(ours, forged);
    caughtAndWrittenAnew(LOGO_PNG, forged, "holds other bytes than logokit's");
  }

  @Test
  void anIconDirectorysSpareFieldsAreRefused() throws Exception {
    String path = "mark/mark.ico";
    byte[] ico = Files.readAllBytes(out.resolve(path));
    int entries = ByteBuffer.wrap(ico).order(java.nio.ByteOrder.LITTLE_ENDIAN).getShort(4);
    for (int i = 0; i < entries; i++) {
      ico[6 + 16 * i + 3] = 'A'; // reserved
    }
    caughtAndWrittenAnew(path, ico, "ICO entry 1: its directory fields are not logokit's");
  }

  /** A TIFF is proved by its bytes alone: another encoder's is stale, and made again. */
  @Test
  void aTiffWithAnotherEncodersRecordIsStaleForCheckAndWrittenAnew() throws Exception {
    String path = "logo/logo-300dpi.tiff";
    byte[] ours = Files.readAllBytes(out.resolve(path));
    forge(path, Arrays.copyOf(ours, ours.length + 1));
    Cli check = check();
    assertEquals(1, check.exit(), check.all());
    assertTrue(check.out().contains("encoder changed"), check.out());
    Cli pixels = check("--pixels");
    assertEquals(1, pixels.exit(), pixels.all());
    assertEquals(0, render().exit());
    assertArrayEquals(ours, Files.readAllBytes(out.resolve(path)), "made again");
    assertEquals(0, check("--pixels").exit());
  }

  /**
   * {@code check --pixels} names the reason and does not call the file "the same pixels, other
   * bytes"; {@code render} writes it anew with a warning saying why, though its record names
   * another encoder and its hash is right.
   */
  private void caughtAndWrittenAnew(String path, byte[] forged, String reason) throws Exception {
    byte[] ours = Files.readAllBytes(out.resolve(path));
    forge(path, forged);
    Cli check = check();
    assertEquals(0, check.exit(), "check alone trusts the record's encoder: " + check.all());

    Cli pixels = check("--pixels", "--format", "json");
    assertEquals(1, pixels.exit(), pixels.all());
    JsonNode doc = new ObjectMapper().readTree(pixels.out());
    List<String> said = new ArrayList<>();
    doc.get("findings").forEach(f -> {
      if (f.get("path").asText().equals(path)) {
        said.add(f.get("message").asText());
      }
    });
    assertTrue(said.stream().anyMatch(m -> m.contains(reason)), said.toString());
    doc.path("bytesOnly").forEach(b -> assertFalse(b.get("path").asText().equals(path),
        "not listed as the same pixels: " + doc));

    Cli render = render();
    assertEquals(0, render.exit(), render.all());
    assertTrue(render.err().contains("written anew: its record says another encoder made it, "
        + "but"), render.err());
    assertFalse(render.err().contains("kept as they are"), render.err());
    assertArrayEquals(ours, Files.readAllBytes(out.resolve(path)), "written anew");
    Cli again = check("--pixels");
    assertEquals(0, again.exit(), again.all());
    Files.write(out.resolve(path), ours);
  }

  private Cli check(String... extra) {
    List<String> args = new ArrayList<>(List.of("check", "--assets", assets.toString(),
        "--out", out.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private Cli render() {
    return Cli.run("render", "--assets", assets.toString(), "--out", out.toString());
  }

  /** The file rewritten, its record rehashed and named another encoder's, the sheet remade. */
  private void forge(String path, byte[] bytes) throws Exception {
    Files.write(out.resolve(path), bytes);
    ObjectMapper json = new ObjectMapper();
    Path manifest = out.resolve("manifest.json");
    JsonNode root = json.readTree(manifest.toFile());
    for (JsonNode o : root.get("outputs")) {
      if (o.get("path").asText().equals(path)) {
        ((ObjectNode) o).put("sha256", Sha256.hex(bytes)).put("bytes", bytes.length)
            .put("encoder", "png-0+other");
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), root);
    Files.write(out.resolve("index.html"), ContactSheet.html(ManifestJson.read(
        Files.readAllBytes(manifest)).manifest(), OutputFolder.open(out, false)));
  }

  /** The attack's premise: Java's decoder makes the same colours of both files. */
  private static void assertSamePixelsInJava(byte[] ours, byte[] forged) {
    BufferedImage a = TestFiles.decode(ours);
    BufferedImage b = TestFiles.decode(forged);
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        assertTrue(p == q || p >>> 24 == 0 && q >>> 24 == 0, "pixel " + x + "," + y);
      }
    }
  }

  /** For each sRGB grey, the PNG grey Java decodes to it, or -1. */
  private static int[] greyThatJavaShowsAs() {
    ByteArrayOutputStream ramp = new ByteArrayOutputStream();
    ramp.write(0);
    for (int g = 0; g < 256; g++) {
      ramp.write(g);
    }
    byte[] ihdr = ByteBuffer.allocate(13).putInt(256).putInt(1).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0).array();
    BufferedImage shown = TestFiles.decode(png(null, ihdr, null, null,
        zlib(ramp.toByteArray())));
    int[] greyFor = new int[256];
    Arrays.fill(greyFor, -1);
    for (int g = 255; g >= 0; g--) {
      greyFor[shown.getRGB(g, 0) & 0xff] = g;
    }
    return greyFor;
  }

  /** {@code ours}'s IHDR with another colour type. */
  private static byte[] header(byte[] ours, int colourType) {
    byte[] ihdr = chunk(ours, "IHDR");
    ihdr[9] = (byte) colourType;
    return ihdr;
  }

  /** A PNG of these chunks, with {@code ours}'s pHYs when given. */
  private static byte[] png(byte[] ours, byte[] ihdr, byte[] plte, byte[] trns, byte[] idat) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    write(b, "IHDR", ihdr);
    if (plte != null) {
      write(b, "PLTE", plte);
    }
    if (trns != null) {
      write(b, "tRNS", trns);
    }
    if (ours != null) {
      write(b, "pHYs", chunk(ours, "pHYs"));
    }
    write(b, "IDAT", idat);
    write(b, "IEND", new byte[0]);
    return b.toByteArray();
  }

  private static void write(ByteArrayOutputStream b, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    b.writeBytes(ByteBuffer.allocate(8).putInt(data.length).put(t).array());
    b.writeBytes(data);
    b.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A chunk's data (every IDAT's, joined), or {@code null}. */
  private static byte[] chunk(byte[] png, String type) {
    ByteArrayOutputStream data = null;
    for (int at = 8; at + 12 <= png.length; ) {
      int length = ByteBuffer.wrap(png).getInt(at);
      if (new String(png, at + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
        data = data == null ? new ByteArrayOutputStream() : data;
        data.write(png, at + 8, length);
      }
      at += 12 + length;
    }
    return data == null ? null : data.toByteArray();
  }

  private static byte[] zlib(byte[] raw) {
    Deflater d = new Deflater(9);
    d.setInput(raw);
    d.finish();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      b.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return b.toByteArray();
  }

  private static byte[] inflate(byte[] zlib) throws Exception {
    java.util.zip.Inflater i = new java.util.zip.Inflater();
    i.setInput(zlib);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!i.finished()) {
      b.write(buf, 0, i.inflate(buf));
    }
    i.end();
    assertNotNull(b);
    return b.toByteArray();
  }
}
