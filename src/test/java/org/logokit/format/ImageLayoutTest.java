package org.logokit.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.logokit.format.tiff.TiffCodec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.logokit.HostileImages;
import org.logokit.format.icon.IconEncoder;
import org.logokit.format.tiff.TiffEncoder;

/**
 * The structural read every image file passes before a decoder sees it: what logokit writes is
 * read as it is, and each way a file's headers can lie about the work of decoding it is one
 * line. Only headers are read here, so a file that claims gigapixels costs microseconds.
 */
class ImageLayoutTest {

  private static String refusal(byte[] file) {
    return assertThrows(IOException.class, () -> ImageLayout.of(file)).getMessage();
  }

  private static List<String> sizes(ImageLayout layout) {
    return layout.images().stream().map(i -> i.width() + "x" + i.height()).toList();
  }

  @Test
  void whatLogokitWritesIsReadAsItIs() throws IOException {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    byte[] tiff = TiffEncoder.encode(img, 300);
    assertEquals(1, TiffCodec.TIFF.images(tiff).size());
    assertEquals(300, TiffCodec.TIFF.facts(tiff).dpi(), 1e-9);
    BufferedImage small = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
    assertEquals(List.of("16x16", "32x32"), sizes(ImageLayout.of(IconEncoder.encode(
        Format.ICO, List.of(small, img)))));
    assertEquals(List.of("16x16", "32x32"), sizes(ImageLayout.of(IconEncoder.encode(
        Format.ICNS, List.of(small, img)))));
    assertEquals(List.of("20x10"), sizes(ImageLayout.of(HostileImages.blankPng(20, 10))));
  }

  @Test
  void onlyTheFourFormatsLogokitWritesAreRead() {
    assertEquals("not a PNG, TIFF, ICO or ICNS file",
        refusal("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("not a PNG, TIFF, ICO or ICNS file", refusal(new byte[0]));
  }

  @Test
  void theBudgetIsOnWhatIsDecodedSummedOverTheFile() {
    assertEquals("its 2 images hold 134217728 pixels in all, over the 67108864 an output may "
        + "have: not decoded", refusal(HostileImages.tiffSharingOneStrip(2, 8192, 300)));
    assertEquals("claims 20000x20000 pixels, over the 67108864 an output may have: not decoded",
        refusal(HostileImages.blankPng(20000, 20000)));
    byte[] deep = HostileImages.blankPng(8192, 6000); // 16 bits a channel: 8 bytes a pixel
    deep[24] = 16;
    assertEquals("would take 393216000 bytes decoded, over the 268435456 an output may take "
        + "(8192 x 8192 RGBA): not decoded", refusal(deep));
  }

  /**
   * The attacker's review: 64 tiles of 8192 x 8192 over one 65 KB stream, for a 1 x 524288
   * image, cost verify 20 s (and 50 minutes at 8192 tiles); each tile was within the budget.
   */
  @Test
  void aTiffsTilesAreBudgetedAsTheDecoderMakesThem() throws IOException {
    assertEquals("IFD 1: its tiles decode to 4294967296 pixels, over the 67108864 an output "
        + "may have: not decoded", refusal(HostileImages.tiledSharingOneTile(64 * 8192, 8192)));
    assertEquals("IFD 1: tiles that share bytes",
        refusal(HostileImages.tiledSharingOneTile(2 * 16, 16)));
    byte[] oneTile = HostileImages.tiledSharingOneTile(16, 16);
    assertEquals(List.of("1x16"), sizes(ImageLayout.of(oneTile)));
  }

  /** A last strip is only the rows left: 8192 rows in strips of 3 are within the budget. */
  @Test
  void stripsAreTheRowsTheImageHas() throws IOException {
    assertEquals(List.of("8192x8192"), sizes(ImageLayout.of(
        HostileImages.stripTiff(8192, 8192, 3))));
    assertEquals(List.of("40x10"), sizes(ImageLayout.of(HostileImages.stripTiff(40, 10, 1000))));
    byte[] short4 = HostileImages.stripTiff(40, 10, 3);
    short4[short4.length - 4 - 24 + 8] = 2; // RowsPerStrip 3 -> 2: 5 strips needed, 4 there
    assertEquals("IFD 1: 4 strips where its size needs 5", refusal(short4));
  }

  @Test
  void aPngsChunksBeforeItsImageDataAreCounted() throws IOException {
    byte[] png = HostileImages.blankPng(16, 16);
    assertEquals(List.of("16x16"), sizes(ImageLayout.of(HostileImages.withTextChunks(png, 256))));
    assertEquals("over 256 chunks before the image data, the most logokit reads (it writes at "
        + "most 3)", refusal(HostileImages.withTextChunks(png, 257)));
    assertEquals("entry 1: over 256 chunks before the image data, the most logokit reads (it "
        + "writes at most 3)", refusal(HostileImages.ico(List.of(HostileImages.withTextChunks(
            png, 1000)), List.of(16))));
  }

  // TIFF: a 1x1 grey pixel at offset 8, IFD i at slot(i).

  private static final int[][] PIXEL = {{256, 3, 1, 1}, {257, 3, 1, 1}, {258, 3, 1, 8},
      {259, 3, 1, 1}, {262, 3, 1, 1}, {273, 4, 1, 8}, {277, 3, 1, 1}, {278, 3, 1, 1},
      {279, 4, 1, 1}};

  private static int slot(int i) {
    return 16 + 200 * i;
  }

  /** A little-endian TIFF: IFD i has the entries {@code ifds[i]}, then next IFD {@code next[i]}. */
  private static byte[] tiff(int[] next, int[][]... ifds) {
    ByteBuffer b = ByteBuffer.allocate(slot(ifds.length)).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(slot(0));
    for (int i = 0; i < ifds.length; i++) {
      b.position(slot(i));
      b.putShort((short) ifds[i].length);
      for (int[] e : ifds[i]) {
        b.putShort((short) e[0]).putShort((short) e[1]).putInt(e[2]).putInt(e[3]);
      }
      b.putInt(next[i] < 0 ? 0 : slot(next[i]));
    }
    return b.array();
  }

  private static int[][] with(int[][] entries, int[]... more) {
    int[][] all = java.util.Arrays.copyOf(entries, entries.length + more.length);
    System.arraycopy(more, 0, all, entries.length, more.length);
    java.util.Arrays.sort(all, java.util.Comparator.comparingInt(e -> e[0]));
    return all;
  }

  @Test
  void aTiffIsWalkedLoopSafeWithinItsIfdBudget() throws IOException {
    assertEquals(2, TiffCodec.TIFF.images(tiff(new int[] {1, -1}, PIXEL, PIXEL)).size());
    assertEquals("its IFDs form a loop", refusal(tiff(new int[] {1, 0}, PIXEL, PIXEL)));
    int[] chain = new int[9];
    for (int i = 0; i < 9; i++) {
      chain[i] = i < 8 ? i + 1 : -1;
    }
    int[][][] nine = new int[9][][];
    java.util.Arrays.fill(nine, PIXEL);
    assertEquals("9 IFDs, over the 8 logokit reads (it writes one)", refusal(tiff(chain, nine)));
    // Sub-IFDs count too, each read once however often it is pointed at.
    int[][] pointsAtItself = with(PIXEL, new int[] {330, 4, 1, slot(0)});
    assertEquals(1, TiffCodec.TIFF.images(tiff(new int[] {-1}, pointsAtItself)).size());
    int[][] many = with(PIXEL, new int[] {330, 4, 9, slot(1)});
    assertEquals("over 8 sub-IFDs, the most logokit reads",
        refusal(tiff(new int[] {-1, -1}, many, PIXEL)));
  }

  @Test
  void aTiffsStripsAndValuesMustBeInsideTheFile() {
    int[][] pastTheEnd = PIXEL.clone();
    pastTheEnd[8] = new int[] {279, 4, 1, 1 << 20};
    assertEquals("IFD 1: one of its strips runs past the end of the file",
        refusal(tiff(new int[] {-1}, pastTheEnd)));
    int[][] values = PIXEL.clone();
    values[2] = new int[] {258, 3, 1 << 20, 8};
    assertEquals("tag 258's values run past the end of the file",
        refusal(tiff(new int[] {-1}, values)));
  }

  @Test
  void aTiffIsReadOnlyInCompressionsThatStopAtTheImagesSize() {
    int[][] jpeg = PIXEL.clone();
    jpeg[3] = new int[] {259, 3, 1, 7};
    assertEquals("IFD 1: compression 7; logokit reads TIFFs uncompressed or in LZW, Deflate or "
        + "PackBits", refusal(tiff(new int[] {-1}, jpeg)));
  }

  // ICO and ICNS: each entry's own header against its directory or type.

  @Test
  void anIcoEntryMustBeInsideTheFileAndShareNoBytes() {
    byte[] png = HostileImages.blankPng(16, 16);
    byte[] two = HostileImages.ico(List.of(png, png), List.of(16, 16));
    ByteBuffer.wrap(two).order(ByteOrder.LITTLE_ENDIAN).putInt(6 + 16 + 12, 6 + 32);
    assertEquals("entries 1 and 2 share bytes", refusal(two));
    byte[] outside = HostileImages.ico(List.of(png), List.of(16));
    ByteBuffer.wrap(outside).order(ByteOrder.LITTLE_ENDIAN).putInt(6 + 8, png.length + 1);
    assertEquals("entry 1: its bytes are not in the file after the directory", refusal(outside));
    byte[] many = new byte[6 + 16 * 65];
    many[2] = 1;
    many[4] = 65;
    assertEquals("65 entries; logokit reads icons of 1 to 64", refusal(many));
  }

  @Test
  void anIcoBitmapEntryMustBeTheSizeItsDirectorySays() {
    ByteBuffer b = ByteBuffer.allocate(6 + 16 + 40).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
    b.put((byte) 16).put((byte) 16).putShort((short) 0).putShort((short) 1)
        .putShort((short) 32).putInt(40).putInt(22);
    b.putInt(40).putInt(8192).putInt(2 * 8192).putShort((short) 1).putShort((short) 32);
    assertEquals("entry 1: a 8192x8192 bitmap where the directory says 16x16",
        refusal(b.array()));
  }

  @Test
  void anIcnsTableOfContentsMustListTheEntriesThatFollowIt() throws IOException {
    byte[] png = HostileImages.blankPng(16, 16);
    byte[] right = ByteBuffer.allocate(8).put("icp4".getBytes(StandardCharsets.US_ASCII))
        .putInt(8 + png.length).array();
    byte[] withToc = HostileImages.icns(List.of("TOC ", "icp4"), List.of(right, png));
    assertEquals(List.of("16x16"), sizes(ImageLayout.of(withToc)));
    assertEquals(List.of("16x16"), ImageFiles.entrySizes(withToc)); // as TwelveMonkeys reads it
    byte[] wrong = ByteBuffer.allocate(8).put("ic10".getBytes(StandardCharsets.US_ASCII))
        .putInt(8 + png.length).array();
    assertEquals("entry 2 (icp4): not the entry the table of contents lists",
        refusal(HostileImages.icns(List.of("TOC ", "icp4"), List.of(wrong, png))));
  }

  @Test
  void anIcnsPngTypeHoldsAPngOfItsTypesSize() {
    byte[] jpeg2000 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10, 0, 0, 0, 0};
    assertEquals("entry 1 (ic08): not a PNG, the one kind of entry of its type logokit reads",
        refusal(HostileImages.icns(List.of("ic08"), List.of(jpeg2000))));
    assertEquals("entry 1 (ic10): a 512x512 PNG where its type says 1024x1024",
        refusal(HostileImages.icns(List.of("ic10"), List.of(HostileImages.blankPng(512, 512)))));
    byte[] longer = HostileImages.icns(List.of("icp4"), List.of(HostileImages.blankPng(16, 16)));
    ByteBuffer.wrap(longer).putInt(12, 1 << 20);
    assertEquals("entry 1 (icp4): its length, 1048576, is not inside the file", refusal(longer));
  }
}
