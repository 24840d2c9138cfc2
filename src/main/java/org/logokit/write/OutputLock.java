package org.logokit.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An exclusive lock on an output folder ({@code .logokit.lock} in it), held while a render
 * writes, so two renders into one folder cannot interleave. The OS releases it when the process
 * dies, so a killed render never leaves the folder locked. A link or a FIFO put where the lock
 * goes is refused before it is opened: opened, a FIFO would hang the run and a link would
 * create a file wherever it points.
 */
public final class OutputLock implements AutoCloseable {
  public static final String FILE_NAME = ".logokit.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * @throws LockedException when another render holds the folder
   * @throws IOException when the lock's place holds something else than a regular file
   */
  public static OutputLock acquire(OutputFolder out) throws IOException {
    Path file = out.root().resolve(FILE_NAME);
    BasicFileAttributes a = OutputFolder.attributes(file);
    if (a != null && !a.isRegularFile()) {
      throw new IOException(out.shown(FILE_NAME) + ": " + OutputFolder.kind(a)
          + ", where logokit keeps its lock file; remove it");
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new IOException(out.shown(FILE_NAME) + ": cannot create the lock file: "
          + OutputFolder.reason(e), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this process, through another channel
    }
    if (lock == null) {
      channel.close();
      throw new LockedException(out.given());
    }
    return new OutputLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  /** Another render is writing to the folder. */
  public static final class LockedException extends IOException {
    public LockedException(Path out) {
      super("another logokit render is writing to " + org.logokit.text.Shown.of(out.toString())
          + "; try again when it has finished");
    }
  }
}
