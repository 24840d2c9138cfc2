package org.logokit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Counts the pixels ImageIO's PNG reader starts to decode while it is open, in this JVM: a
 * reader provider put ahead of the JDK's own hands out that very reader with a listener that
 * adds each image's width x height when its decoding starts. A file refused on what its header
 * claims is never decoded and adds nothing.
 *
 * <pre>{@code
 * try (DecodedPixels decoded = DecodedPixels.count()) {
 *   ... verify a folder ...
 *   assertFalse(decoded.sizes().contains("9000x9000"));
 * }
 * }</pre>
 */
public final class DecodedPixels implements AutoCloseable {
  private final AtomicLong pixels = new AtomicLong();
  private final AtomicLong images = new AtomicLong();
  private final List<String> sizes = Collections.synchronizedList(new ArrayList<>());
  private final CountingSpi spi;

  private DecodedPixels() {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    ImageReaderSpi png = jdkPngReader(registry);
    spi = new CountingSpi(png, this);
    registry.registerServiceProvider(spi, ImageReaderSpi.class);
    registry.setOrdering(ImageReaderSpi.class, spi, png);
  }

  /** Starts counting; {@link #close} stops. */
  public static DecodedPixels count() {
    return new DecodedPixels();
  }

  /** Pixels whose decoding started, over every image. */
  public long pixels() {
    return pixels.get();
  }

  /** Images whose decoding started. */
  public long images() {
    return images.get();
  }

  /** Each image whose decoding started, as {@code WIDTHxHEIGHT}, in the order they started. */
  public List<String> sizes() {
    synchronized (sizes) {
      return List.copyOf(sizes);
    }
  }

  @Override
  public void close() {
    IIORegistry.getDefaultInstance().deregisterServiceProvider(spi, ImageReaderSpi.class);
  }

  private static ImageReaderSpi jdkPngReader(IIORegistry registry) {
    Iterator<ImageReaderSpi> all = registry.getServiceProviders(ImageReaderSpi.class, true);
    while (all.hasNext()) {
      ImageReaderSpi s = all.next();
      if (!(s instanceof CountingSpi) && Arrays.asList(s.getFormatNames()).contains("png")
          && s.getClass().getName().startsWith("com.sun.imageio.")) {
        return s;
      }
    }
    throw new IllegalStateException("the JDK's PNG reader is not registered");
  }

  /** The JDK's PNG reader provider, with every reader it makes reporting to the counter. */
  private static final class CountingSpi extends ImageReaderSpi {
    private final ImageReaderSpi png;
    private final DecodedPixels counter;

    CountingSpi(ImageReaderSpi png, DecodedPixels counter) {
      super(png.getVendorName(), png.getVersion(), png.getFormatNames(), png.getFileSuffixes(),
          png.getMIMETypes(), png.getPluginClassName(), png.getInputTypes(), null, false, null,
          null, null, null, false, null, null, null, null);
      this.png = png;
      this.counter = counter;
    }

    @Override
    public boolean canDecodeInput(Object source) throws IOException {
      return png.canDecodeInput(source);
    }

    @Override
    public ImageReader createReaderInstance(Object extension) throws IOException {
      ImageReader reader = png.createReaderInstance(extension);
      reader.addIIOReadProgressListener(new Started(counter));
      return reader;
    }

    @Override
    public String getDescription(Locale locale) {
      return png.getDescription(locale) + ", counting decoded pixels for a test";
    }
  }

  /** Adds an image's pixels when its decoding starts. */
  private record Started(DecodedPixels counter) implements IIOReadProgressListener {
    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
      try {
        int width = source.getWidth(imageIndex);
        int height = source.getHeight(imageIndex);
        counter.pixels.addAndGet((long) width * height);
        counter.images.incrementAndGet();
        counter.sizes.add(width + "x" + height);
      } catch (IOException e) {
        throw new IllegalStateException("a reader that started decoding has no size", e);
      }
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {}

    @Override
    public void sequenceComplete(ImageReader source) {}

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {}

    @Override
    public void imageComplete(ImageReader source) {}

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {}

    @Override
    public void thumbnailComplete(ImageReader source) {}

    @Override
    public void readAborted(ImageReader source) {}
  }
}
