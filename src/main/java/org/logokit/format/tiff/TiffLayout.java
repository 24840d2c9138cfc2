package org.logokit.format.tiff;

import org.logokit.format.ImageLayout;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A TIFF's IFDs, walked by hand before TwelveMonkeys' reader sees the file: the chain of images
 * and the sub-IFDs that reader follows (SubIFDs, Exif, GPS, Interoperability), loops refused,
 * at most {@link #MAX_IFDS} of them and {@link #MAX_TAGS} tags in all, every value and every
 * strip or tile inside the file, and only the compressions whose decoders stop at the image's
 * size. logokit writes one IFD: a file of 200 IFDs that share one 8192 x 8192 strip, each decoded
 * in turn, is refused here in microseconds instead of decoded for minutes.
 */
final class TiffLayout {
  /** IFDs in all, sub-IFDs included: logokit writes one; a camera's TIFF has four or five. */
  static final int MAX_IFDS = 8;

  /** Tags in all IFDs: logokit writes 16; each is an object TwelveMonkeys' reader makes. */
  static final int MAX_TAGS = 1024;

  /** Strips or tiles of one image: an 8192-row image written a row a strip has 8192. */
  static final int MAX_STRIPS = 1 << 16;

  /** How far the image chain is counted for the message once it is over {@link #MAX_IFDS}. */
  private static final int COUNTED = 1 << 16;

  /** Bytes per value of TIFF's field types 1 to 13; 0 for a type readers skip. */
  private static final int[] TYPE_BYTES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

  /** none, LZW, Deflate (both codes), PackBits: decoders that stop at the image's size. */
  private static final Set<Integer> COMPRESSIONS = Set.of(1, 5, 8, 32946, 32773);

  /** The tags whose values point at IFDs TwelveMonkeys' reader also reads. */
  private static final Set<Integer> SUB_IFD_TAGS = Set.of(330, 34665, 34853, 40965);

  /**
   * One image of the file.
   *
   * @param dpi XResolution when ResolutionUnit says inches, else NaN
   */
  record Ifd(ImageLayout.Image image, double dpi) {}

  private final ByteBuffer b;
  private int tags;

  private TiffLayout(byte[] tiff) {
    b = ByteBuffer.wrap(tiff);
  }

  /**
   * The images of the chain, in order.
   *
   * @throws IOException with one line when the file is not a TIFF logokit reads or is over a
   *     budget
   */
  static List<Ifd> read(byte[] tiff) throws IOException {
    return new TiffLayout(tiff).images();
  }

  private List<Ifd> images() throws IOException {
    if (!TiffCodec.TIFF.sniff(b.array())) {
      throw new IOException("not a TIFF file");
    }
    if (b.capacity() < 8) {
      throw new IOException("truncated: no TIFF header");
    }
    b.order(b.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    List<Long> chain = chain(u32(4));
    if (chain.isEmpty()) {
      throw new IOException("a TIFF with no image");
    }
    Set<Long> seen = new HashSet<>(chain);
    Deque<Long> subIfds = new ArrayDeque<>();
    List<Ifd> images = new ArrayList<>();
    for (long at : chain) {
      images.add(image(images.size() + 1, tags(at, subIfds)));
    }
    int ifds = chain.size();
    while (!subIfds.isEmpty()) {
      long at = subIfds.pop();
      if (seen.add(at)) {
        if (++ifds > MAX_IFDS) {
          throw new IOException("over " + MAX_IFDS + " IFDs with its sub-IFDs, the most logokit"
              + " reads (it writes one)");
        }
        tags(at, subIfds);
      }
    }
    return images;
  }

  /** The chain of image IFDs from {@code first}: at most {@link #MAX_IFDS}, no loop. */
  private List<Long> chain(long first) throws IOException {
    List<Long> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (long at = first; at != 0 && chain.size() < COUNTED; ) {
      if (!seen.add(at)) {
        throw new IOException("its IFDs form a loop");
      }
      int n = entries(at);
      chain.add(at);
      at = u32(at + 2 + 12L * n);
    }
    if (chain.size() > MAX_IFDS) {
      throw new IOException((chain.size() == COUNTED ? "over " : "") + chain.size()
          + " IFDs, over the " + MAX_IFDS + " logokit reads (it writes one)");
    }
    return chain;
  }

  /** The IFD's entry count, once the IFD is known to lie inside the file. */
  private int entries(long at) throws IOException {
    if (at + 2 > b.capacity()) {
      throw new IOException("an IFD past the end of the file");
    }
    int n = Short.toUnsignedInt(b.getShort((int) at));
    if (at + 2 + 12L * n + 4 > b.capacity()) {
      throw new IOException("an IFD runs past the end of the file");
    }
    return n;
  }

  /** One IFD entry: tag, type, count and where its values are. */
  private record Tag(int tag, int type, long count, long at) {}

  /** The IFD's tags, its sub-IFDs' offsets added to {@code subIfds}. */
  private List<Tag> tags(long at, Deque<Long> subIfds) throws IOException {
    int n = entries(at);
    tags += n;
    if (tags > MAX_TAGS) {
      throw new IOException("over " + MAX_TAGS + " TIFF tags, the most logokit reads");
    }
    List<Tag> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long e = at + 2 + 12L * i;
      int type = Short.toUnsignedInt(b.getShort((int) e + 2));
      if (type >= TYPE_BYTES.length || TYPE_BYTES[type] == 0) {
        continue; // readers skip a field of unknown type
      }
      long count = u32(e + 4);
      long size = count * TYPE_BYTES[type];
      long values = size <= 4 ? e + 8 : u32(e + 8);
      if (values + size > b.capacity()) {
        throw new IOException("tag " + Short.toUnsignedInt(b.getShort((int) e))
            + "'s values run past the end of the file");
      }
      Tag t = new Tag(Short.toUnsignedInt(b.getShort((int) e)), type, count, values);
      out.add(t);
      if (SUB_IFD_TAGS.contains(t.tag())) {
        if (t.count() > MAX_IFDS) {
          throw new IOException("over " + MAX_IFDS + " sub-IFDs, the most logokit reads");
        }
        for (long k = 0; k < t.count(); k++) {
          subIfds.push(number(t, k));
        }
      }
    }
    return out;
  }

  /** The image an IFD describes, checked against the file and the compressions read. */
  private Ifd image(int index, List<Tag> tags) throws IOException {
    String where = "IFD " + index + ": ";
    long width = first(tags, 256, 0);
    long height = first(tags, 257, 0);
    if (width <= 0 || height <= 0) {
      throw new IOException(where + "no image size");
    }
    long compression = first(tags, 259, 1);
    if (!COMPRESSIONS.contains((int) compression)) {
      throw new IOException(where + "compression " + compression + "; logokit reads TIFFs "
          + "uncompressed or in LZW, Deflate or PackBits");
    }
    long samples = first(tags, 277, 1);
    if (samples < 1 || samples > 16) {
      throw new IOException(where + samples + " samples a pixel; logokit reads 1 to 16");
    }
    long bits = 1;
    Tag bitsPerSample = find(tags, 258);
    for (long k = 0; bitsPerSample != null && k < Math.min(samples, bitsPerSample.count()); k++) {
      bits = Math.max(bits, number(bitsPerSample, k));
    }
    if (bits > 32) {
      throw new IOException(where + bits + " bits a sample; logokit reads up to 32");
    }
    boolean tiled = find(tags, 324) != null;
    Tag offsets = find(tags, tiled ? 324 : 273);
    Tag counts = find(tags, tiled ? 325 : 279);
    String parts = tiled ? "tiles" : "strips";
    if (offsets == null || counts == null || offsets.count() != counts.count()
        || offsets.count() == 0) {
      throw new IOException(where + "no " + parts + " whose offsets and byte counts match");
    }
    if (offsets.count() > MAX_STRIPS) {
      throw new IOException(where + offsets.count() + " " + parts + ", over the " + MAX_STRIPS
          + " logokit reads");
    }
    for (long k = 0; k < offsets.count(); k++) {
      if (number(offsets, k) + number(counts, k) > b.capacity()) {
        throw new IOException(where + "one of its " + parts + " runs past the end of the file");
      }
    }
    // The decoder makes every strip or tile whole, whatever the image's size: 8192 tiles of
    // 8192 x 8192 over one shared deflate stream is a 131 KB file for a 1-pixel-wide image.
    // So the parts must be the ones the image's size needs, and their area is the budget's.
    long partWidth = tiled ? first(tags, 322, 0) : width;
    long partHeight = tiled ? first(tags, 323, 0) : Math.min(first(tags, 278, height), height);
    if (partWidth <= 0 || partHeight <= 0) {
      throw new IOException(where + (tiled ? "tiles" : "strips") + " of no size");
    }
    long planes = first(tags, 284, 1) == 2 ? samples : 1;
    long across = ceilDiv(width, partWidth);
    long down = ceilDiv(height, partHeight);
    long needed = across > MAX_STRIPS || down > MAX_STRIPS ? -1 : across * down * planes;
    if (offsets.count() != needed) {
      throw new IOException(where + offsets.count() + " " + parts + " where its size needs "
          + (needed < 0 ? "more" : needed));
    }
    // A strip past the last row is not stored, so strips decode to the image; tiles whole.
    long area = new ImageLayout.Image(partWidth, partHeight, 1).pixels();
    if (tiled && (area > ImageLayout.MAX_PIXELS
        || area * needed > ImageLayout.MAX_PIXELS * planes)) {
      throw new IOException(where + "its " + parts + " decode to " + area * needed + " pixels,"
          + " over the " + ImageLayout.MAX_PIXELS + " an output may have: not decoded");
    }
    noSharedBytes(offsets, counts, where + parts);
    int bytesPerPixel = (int) (samples * Math.max(1, (bits + 7) / 8));
    return new Ifd(new ImageLayout.Image(width, height, bytesPerPixel), dpi(tags));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** No two strips or tiles overlap: each is decoded on its own, so sharing one multiplies. */
  private void noSharedBytes(Tag offsets, Tag counts, String what) throws IOException {
    long[][] parts = new long[(int) offsets.count()][];
    for (int k = 0; k < parts.length; k++) {
      parts[k] = new long[] {number(offsets, k), number(counts, k)};
    }
    java.util.Arrays.sort(parts, java.util.Comparator.comparingLong(p -> p[0]));
    for (int k = 1; k < parts.length; k++) {
      if (parts[k - 1][1] > 0 && parts[k][0] < parts[k - 1][0] + parts[k - 1][1]) {
        throw new IOException(what + " that share bytes");
      }
    }
  }

  /** XResolution when ResolutionUnit (296) is 2, inches; else NaN. */
  private double dpi(List<Tag> tags) throws IOException {
    Tag x = find(tags, 282);
    if (x == null || x.type() != 5 || first(tags, 296, 0) != 2) {
      return Double.NaN;
    }
    return (double) u32(x.at()) / u32(x.at() + 4);
  }

  private static Tag find(List<Tag> tags, int tag) {
    for (Tag t : tags) {
      if (t.tag() == tag) {
        return t;
      }
    }
    return null;
  }

  /** The first value of {@code tag}, or {@code absent} when the IFD has none. */
  private long first(List<Tag> tags, int tag, long absent) throws IOException {
    Tag t = find(tags, tag);
    return t == null || t.count() == 0 ? absent : number(t, 0);
  }

  /** Value {@code k} of an integer field: BYTE, SHORT, LONG or IFD. */
  private long number(Tag t, long k) throws IOException {
    long at = t.at() + k * TYPE_BYTES[t.type()];
    return switch (t.type()) {
      case 1 -> Byte.toUnsignedLong(b.get((int) at));
      case 3 -> Short.toUnsignedLong(b.getShort((int) at));
      case 4, 13 -> u32(at);
      default -> throw new IOException("tag " + t.tag() + " is of type " + t.type()
          + " where a whole number is expected");
    };
  }

  private long u32(long at) throws IOException {
    if (at + 4 > b.capacity()) {
      throw new IOException("truncated: an offset past the end of the file");
    }
    return Integer.toUnsignedLong(b.getInt((int) at));
  }
}
