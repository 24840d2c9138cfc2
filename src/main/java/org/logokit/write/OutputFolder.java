package org.logokit.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.logokit.text.PathRules;
import org.logokit.text.Shown;

/**
 * A folder logokit owns (the output folder, a report folder): every path read, written or
 * deleted in it is a checked relative path, walked segment by segment on the real file system,
 * and never through a link. In a pull request the folder's content is the contributor's: a
 * folder inside it may be a link to anywhere, a file a FIFO. Such a path is an error naming it.
 *
 * <pre>{@code
 * OutputFolder out = OutputFolder.open(Path.of("output"), true);
 * out.write("xmpp_logo/xmpp_logo-64px.png", png); // atomic, beside the old file
 * }</pre>
 */
public final class OutputFolder {
  /** Temporary files start with this; {@code verify} and cleanup know to skip or remove them. */
  public static final String TEMP_PREFIX = ".logokit-tmp-";

  /** The whole name {@link #stage} gives a temporary file. */
  private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile(
      java.util.regex.Pattern.quote(TEMP_PREFIX) + "[0-9a-f]{1,16}\\.part");

  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /** The two steps of an atomic write where a run can fail or be killed. */
  enum Step {
    /** Half of the file's bytes are in its temporary file, the rest not yet. */
    HALF_WRITTEN,
    /** The temporary file is complete and about to be renamed over the file. */
    RENAMING
  }

  /** Told of each {@link Step} of each file; may throw, as a full disk or a refused rename. */
  interface Fault {
    void at(Step step, String rel) throws IOException;
  }

  /**
   * Tests only (the test tree's {@code WriteFaults} sets it): a fault to inject at the write
   * boundary. Never set in a run, where it is {@code null} and costs one read per file.
   */
  static volatile Fault fault;

  private final Path given;
  private final Path root;

  private OutputFolder(Path given, Path root) {
    this.given = given;
    this.root = root;
  }

  /**
   * The folder named on the command line. The name is trusted, but not what a repository put
   * there: the folder, and each folder on the way to it below the working directory, must be a
   * real folder, not a link.
   *
   * @param create make the folder (and the missing ones on the way) when it does not exist
   * @throws NoSuchFileException when it does not exist and {@code create} is false
   * @throws IOException naming the path and what is wrong with it
   */
  public static OutputFolder open(Path given, boolean create) throws IOException {
    Path path;
    Path cwd;
    try {
      path = given.toAbsolutePath().normalize();
      cwd = Path.of("").toAbsolutePath();
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException(Shown.of(given.toString()) + ": not a valid path here", e);
    }
    List<Path> steps = new ArrayList<>();
    if (path.startsWith(cwd)) {
      // Below the working directory (the repository) every folder on the way is checked:
      // the repository may hold a link where the command line names a folder.
      Path cur = cwd;
      for (Path part : cwd.relativize(path)) {
        if (!part.toString().isEmpty()) {
          cur = cur.resolve(part);
          steps.add(cur);
        }
      }
    } else {
      steps.add(path); // elsewhere, the command line's own: only the folder itself is checked
      if (create && path.getParent() != null) {
        try {
          Files.createDirectories(path.getParent());
        } catch (FileAlreadyExistsException e) {
          throw e; // a file on the way: check() below words it, if it gets there
        } catch (IOException e) {
          throw cannotCreate(path.getParent(), e);
        }
      }
    }
    for (Path step : steps) {
      BasicFileAttributes a = attributes(step);
      if (a == null) {
        if (!create) {
          throw new NoSuchFileException(given.toString(), null, "no such folder");
        }
        try {
          Files.createDirectory(step);
        } catch (FileAlreadyExistsException e) {
          // made meanwhile: checked below like any other
        } catch (IOException e) {
          throw cannotCreate(step.startsWith(cwd) ? cwd.relativize(step) : step, e);
        }
        a = attributes(step);
      }
      check(step, a, step.startsWith(cwd) ? cwd.relativize(step) : step);
    }
    return new OutputFolder(given, path.toRealPath());
  }

  /** The folder as named on the command line, for messages. */
  public Path given() {
    return given;
  }

  /** The folder's real path. */
  public Path root() {
    return root;
  }

  /** {@code rel} as the user sees it: the folder as given, then the path. */
  public String shown(String rel) {
    return Shown.of(given.resolve(rel).toString());
  }

  /**
   * The path of {@code rel}, with every folder on the way checked to be a real folder.
   *
   * @param create make missing folders on the way
   * @throws IOException when {@code rel} is not a safe relative path, or a folder on the way is
   *     a link or a file
   */
  public Path resolve(String rel, boolean create) throws IOException {
    String problem = PathRules.relativePathProblem(rel, false);
    if (problem != null) {
      throw new IOException(Shown.quoted(rel) + " " + problem);
    }
    Path p = root;
    String[] segments = rel.split("/");
    try {
      for (String segment : segments) {
        root.getFileSystem().getPath(segment);
      }
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException(Shown.quoted(rel) + " cannot be a file name on this system (run "
          + "with a UTF-8 locale, e.g. LANG=C.UTF-8)", e);
    }
    for (int i = 0; i < segments.length - 1; i++) {
      p = p.resolve(segments[i]);
      BasicFileAttributes a = attributes(p);
      if (a == null && create) {
        try {
          Files.createDirectory(p);
        } catch (FileAlreadyExistsException e) {
          // made meanwhile: checked below
        }
        a = attributes(p);
      }
      if (a == null) {
        throw new NoSuchFileException(shown(rel));
      }
      check(p, a, given.resolve(root.relativize(p)));
    }
    return p.resolve(segments[segments.length - 1]);
  }

  /**
   * The bytes of a regular file in the folder, read without following links.
   *
   * @throws NoSuchFileException when there is no such file
   * @throws IOException when it is a link, a folder or a special file, or over {@code maxBytes}
   */
  public byte[] read(String rel, long maxBytes) throws IOException {
    Path p = regularFile(rel, maxBytes);
    try (SeekableByteChannel ch = Files.newByteChannel(p, readOptions());
        InputStream in = Channels.newInputStream(ch)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new IOException(shown(rel) + ": grew over " + maxBytes + " bytes while read");
      }
      return bytes;
    }
  }

  /**
   * At most the first {@code n} bytes of a regular file in the folder (a PNG's header and the
   * chunks before its image data), read without following links.
   */
  public byte[] head(String rel, int n) throws IOException {
    Path p = regularFile(rel, Long.MAX_VALUE);
    try (SeekableByteChannel ch = Files.newByteChannel(p, readOptions());
        InputStream in = Channels.newInputStream(ch)) {
      return in.readNBytes(n);
    }
  }

  /**
   * The SHA-256 of a regular file (streamed, never whole in memory) and its first bytes.
   *
   * @param headBytes how many leading bytes to keep (a PNG's header and pHYs, say)
   */
  public Digest digest(String rel, long maxBytes, int headBytes) throws IOException {
    Path p = regularFile(rel, maxBytes);
    MessageDigest sha = sha256();
    byte[] head = new byte[headBytes];
    int headLength = 0;
    long total = 0;
    try (SeekableByteChannel ch = Files.newByteChannel(p, readOptions())) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      while (ch.read(buf) > 0 || buf.position() > 0) {
        buf.flip();
        int n = buf.remaining();
        total += n;
        if (total > maxBytes) {
          throw new IOException(shown(rel) + ": grew over " + maxBytes + " bytes while read");
        }
        int toHead = Math.min(n, headBytes - headLength);
        buf.get(buf.position(), head, headLength, toHead);
        headLength += toHead;
        sha.update(buf);
        buf.clear();
      }
    }
    byte[] kept = new byte[headLength];
    System.arraycopy(head, 0, kept, 0, headLength);
    return new Digest(HexFormat.of().formatHex(sha.digest()), total, kept);
  }

  /** A file's hash, length and first bytes. */
  public record Digest(String sha256, long bytes, byte[] head) {}

  /** Whether {@code rel} is a regular file in the folder (no link, no special file). */
  public boolean isFile(String rel) {
    try {
      BasicFileAttributes a = attributes(resolve(rel, false));
      return a != null && a.isRegularFile();
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether anything (a file, folder, link or special file) is at {@code rel}. */
  public boolean exists(String rel) {
    try {
      return attributes(resolve(rel, false)) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** What is at {@code rel}, in words ("is a link"), or {@code null} when nothing is. */
  public String describe(String rel) {
    try {
      BasicFileAttributes a = attributes(resolve(rel, false));
      return a == null ? null : kind(a);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  /** Writes {@code rel} atomically: a temporary file beside it, renamed over it. */
  public void write(String rel, byte[] bytes) throws IOException {
    stage(rel, bytes).commit();
  }

  /**
   * Writes the bytes of {@code rel} into a temporary file beside it, to be renamed over it by
   * {@link Staged#commit()} or removed by {@link Staged#discard()}. Staging every file of a
   * master before committing any gives all or nothing when the disk fills up.
   */
  public Staged stage(String rel, byte[] bytes) throws IOException {
    Path target = resolve(rel, true);
    BasicFileAttributes a = attributes(target);
    if (a != null && a.isDirectory()) {
      throw new IOException(shown(rel) + ": is a folder where a file is to be written");
    }
    // Not Files.createTempFile: its 0600 mode would carry over to the published file.
    Path tmp = target.resolveSibling(TEMP_PREFIX
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
    try (SeekableByteChannel ch = Files.newByteChannel(tmp, Set.of(StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      Fault f = fault;
      if (f != null) {
        buf.limit(bytes.length / 2);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        f.at(Step.HALF_WRITTEN, rel);
        buf.limit(bytes.length);
      }
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new IOException(shown(rel) + ": cannot write: " + reason(e), e);
    }
    return new Staged(this, rel, tmp, target);
  }

  /** A file written beside its target, not yet in place. */
  public static final class Staged {
    private final OutputFolder folder;
    private final String rel;
    private final Path tmp;
    private final Path target;

    private Staged(OutputFolder folder, String rel, Path tmp, Path target) {
      this.folder = folder;
      this.rel = rel;
      this.tmp = tmp;
      this.target = target;
    }

    /** Renames the file over its target (a link there is replaced, never written through). */
    public void commit() throws IOException {
      try {
        Fault f = fault;
        if (f != null) {
          f.at(Step.RENAMING, rel);
        }
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        discard();
        throw new IOException(folder.shown(rel) + ": cannot write: " + reason(e), e);
      }
    }

    /** Removes the temporary file; the target stays as it was. */
    public void discard() {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // A leftover temporary file is removed by the next render.
      }
    }
  }

  /**
   * Deletes {@code rel} when it is a regular file whose SHA-256 is {@code sha256}: the file
   * logokit made, unchanged. Then removes the folders it leaves empty.
   *
   * @return whether it was deleted
   */
  public boolean deleteIfUnchanged(String rel, String sha256, long maxBytes) throws IOException {
    if (!isFile(rel) || !digest(rel, maxBytes, 0).sha256().equals(sha256)) {
      return false;
    }
    Path p = resolve(rel, false);
    Files.delete(p);
    for (Path dir = p.getParent(); !dir.equals(root); dir = dir.getParent()) {
      BasicFileAttributes a = attributes(dir);
      if (a == null || !a.isDirectory() || !isEmpty(dir)) {
        break;
      }
      Files.delete(dir);
    }
    return true;
  }

  /**
   * Every file under the folder but those in hidden folders or with hidden names (the lock,
   * temporary files, a person's {@code .gitkeep}), relative with '/', sorted. Links and
   * special files are listed too (a link is never followed): they are not logokit's.
   */
  public List<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return listed(walk);
    } catch (java.io.UncheckedIOException e) {
      throw new IOException(Shown.of(given.toString()) + ": cannot list: "
          + reason(e.getCause()), e);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException(Shown.of(given.toString()) + ": holds a file name this system "
          + "cannot decode (run with a UTF-8 locale, e.g. LANG=C.UTF-8)", e);
    }
  }

  private List<String> listed(Stream<Path> walk) {
    return walk.filter(p -> !p.equals(root))
          .filter(p -> {
            for (Path part : root.relativize(p)) {
              if (part.toString().startsWith(".")) {
                return false;
              }
            }
            BasicFileAttributes a = attributes(p);
            return a != null && !a.isDirectory();
          })
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
        .sorted()
        .toList();
  }

  /**
   * Deletes temporary files a killed run left: regular files named as {@link #stage} names
   * them, and none that {@code kept} claims (a person's file is never logokit's, whatever its
   * name). Call it only while holding the folder's {@link OutputLock}, so no running writer's
   * file is taken.
   *
   * @param kept whether a path (relative, with '/') is a person's file to leave alone
   * @return how many were deleted
   */
  public int removeLeftovers(java.util.function.Predicate<String> kept) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> walk = Files.walk(root)) {
      leftovers = walk.filter(p -> TEMP_NAME.matcher(p.getFileName().toString()).matches())
          .filter(p -> {
            BasicFileAttributes a = attributes(p);
            return a != null && a.isRegularFile()
                && !kept.test(root.relativize(p).toString().replace('\\', '/'));
          }).toList();
    } catch (java.io.UncheckedIOException e) {
      throw new IOException(Shown.of(given.toString()) + ": cannot list: "
          + reason(e.getCause()), e);
    }
    for (Path p : leftovers) {
      Files.deleteIfExists(p);
    }
    return leftovers.size();
  }

  private Path regularFile(String rel, long maxBytes) throws IOException {
    Path p = resolve(rel, false);
    BasicFileAttributes a = attributes(p);
    if (a == null) {
      throw new NoSuchFileException(shown(rel));
    }
    if (!a.isRegularFile()) {
      throw new IOException(shown(rel) + ": " + kind(a) + ", not a regular file");
    }
    if (a.size() > maxBytes) {
      throw new IOException(shown(rel) + ": is " + a.size() + " bytes, over the limit of "
          + maxBytes);
    }
    return p;
  }

  private static Set<OpenOption> readOptions() {
    return Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  private static void check(Path p, BasicFileAttributes a, Path shownAs) throws IOException {
    if (a == null) {
      throw new NoSuchFileException(Shown.of(shownAs.toString()));
    }
    if (!a.isDirectory()) {
      throw new IOException(Shown.of(shownAs.toString()) + ": " + kind(a)
          + " where a folder is expected" + (a.isSymbolicLink()
              ? " (logokit never writes through links)" : ""));
    }
  }

  /** The attributes of {@code p} itself (a link is a link), or {@code null} when absent. */
  static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
    } catch (IOException e) {
      return null;
    }
  }

  static String kind(BasicFileAttributes a) {
    return a.isSymbolicLink() ? "is a link" : a.isDirectory() ? "is a folder"
        : a.isRegularFile() ? "is a file" : "is a special file (a FIFO, socket or device)";
  }

  /** "out/kit: cannot create the folder: permission denied", not the bare path Java gives. */
  private static IOException cannotCreate(Path folder, IOException e) {
    return new IOException(Shown.of(folder.toString()) + ": cannot create the folder: "
        + reason(e), e);
  }

  /** The OS's reason, without Java's class names: "No space left on device". */
  public static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileSystemException) {
      return "the file system refused"; // it gave no reason, only the path
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
