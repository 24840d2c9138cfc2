package org.logokit.verify;

import java.util.List;
import java.util.Locale;

/** One thing wrong with an output folder, about one file. */
public sealed interface Finding {
  /** The file concerned, relative to the output folder, with '/'. */
  String path();

  /** What is wrong, expected against found. */
  String message();

  /**
   * What kind of finding this is, as {@code --format json} names it ({@code stale},
   * {@code pixels-changed}, ...): a stable value CI consumers read, written out here rather
   * than derived from a class name.
   */
  String kind();

  default String line() {
    return path() + ": " + message();
  }

  record NoManifest(String path, String reason) implements Finding {
    @Override
    public String kind() {
      return "no-manifest";
    }

    @Override
    public String message() {
      return reason;
    }
  }

  /** A manifest record that is malformed, unsafe or listed twice; ignored by render. */
  record BadRecord(String path, String reason) implements Finding {
    @Override
    public String kind() {
      return "bad-record";
    }

    @Override
    public String message() {
      return reason;
    }
  }

  /** A link, folder or special file where an output file should be (never followed). */
  record NotAFile(String path, String reason) implements Finding {
    @Override
    public String kind() {
      return "not-a-file";
    }

    @Override
    public String message() {
      return reason;
    }
  }

  record Missing(String path) implements Finding {
    @Override
    public String kind() {
      return "missing";
    }

    @Override
    public String message() {
      return "missing: listed in the manifest, not in the folder";
    }
  }

  record Unlisted(String path) implements Finding {
    @Override
    public String kind() {
      return "unlisted";
    }

    @Override
    public String message() {
      return "not in the manifest";
    }
  }

  record Undecodable(String path, String reason) implements Finding {
    @Override
    public String kind() {
      return "undecodable";
    }

    @Override
    public String message() {
      return "does not decode: " + reason;
    }
  }

  record WrongSize(String path, int expectedWidth, int expectedHeight, int width, int height)
      implements Finding {
    @Override
    public String kind() {
      return "wrong-size";
    }

    @Override
    public String message() {
      return "wrong size: expected " + expectedWidth + "x" + expectedHeight + ", found " + width
          + "x" + height;
    }
  }

  record WrongDpi(String path, double expectedDpi, int expectedPpm, String found)
      implements Finding {
    @Override
    public String kind() {
      return "wrong-dpi";
    }

    @Override
    public String message() {
      return "wrong DPI: expected " + dpi(expectedDpi) + " DPI (pHYs " + expectedPpm
          + " px/m), found " + found;
    }

    public static String dpi(double d) {
      return org.logokit.text.Decimals.shown(d);
    }
  }

  /** An icon whose entries are not the sizes the manifest lists. */
  record WrongEntries(String path, List<String> expected, List<String> found)
      implements Finding {
    @Override
    public String kind() {
      return "wrong-entries";
    }

    @Override
    public String message() {
      return "wrong icon entries: expected " + String.join(", ", expected) + ", found "
          + (found.isEmpty() ? "none" : String.join(", ", found));
    }
  }

  /** A PDF whose page count or page size is not what the manifest lists. */
  record WrongPages(String path, String expected, String found) implements Finding {
    @Override
    public String kind() {
      return "wrong-pages";
    }

    @Override
    public String message() {
      return "wrong pages: expected " + expected + ", found " + found;
    }
  }

  record WrongHash(String path, String expected, long expectedBytes, String found,
      long foundBytes) implements Finding {
    @Override
    public String kind() {
      return "wrong-hash";
    }

    @Override
    public String message() {
      return "content changed: expected sha256 " + expected.substring(0, 12) + "… ("
          + expectedBytes + " bytes), found " + found.substring(0, 12) + "… (" + foundBytes
          + " bytes)";
    }
  }

  /**
   * An output that is not what render would make now.
   *
   * @param reason one of {@link StaleReason}
   * @param master the master it comes from, relative to the assets folder, or {@code null}
   */
  record Stale(String path, StaleReason reason, String master) implements Finding {
    @Override
    public String kind() {
      return "stale";
    }

    @Override
    public String message() {
      return reason.toString();
    }
  }

  /**
   * An output that is not the file a fresh render makes, though its pixels are the same (or it
   * has none): bytes logokit does not write, metadata that is not the plan's, or another
   * encoder's bytes under a record that names this logokit's.
   */
  record OtherBytes(String path, String master, String detail) implements Finding {
    @Override
    public String kind() {
      return "other-bytes";
    }

    @Override
    public String message() {
      return "not the file a fresh render makes: " + detail;
    }
  }

  /**
   * An output whose pixels differ from a fresh render's.
   *
   * @param max the largest difference of one channel, 0..255, premultiplied RGBA; -1 when the
   *     file's pixels could not be compared ({@code detail} says why)
   * @param mean the mean difference per channel; NaN when not compared
   * @param changedPixels pixels with any difference; -1 when not compared
   */
  record PixelsChanged(String path, String master, String detail, int max, double mean,
      long changedPixels) implements Finding {
    @Override
    public String kind() {
      return "pixels-changed";
    }

    @Override
    public String message() {
      return "pixels changed: " + detail;
    }
  }
}
