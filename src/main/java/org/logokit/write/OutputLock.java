package org.logokit.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder ({@code .logokit.lock} in it), held while a render
 * writes, so two renders into one folder cannot interleave. The OS releases it when the process
 * dies, so a killed render never leaves the folder locked.
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
   */
  public static OutputLock acquire(Path out) throws IOException {
    Files.createDirectories(out);
    FileChannel channel = FileChannel.open(out.resolve(FILE_NAME), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this process, through another channel
    }
    if (lock == null) {
      channel.close();
      throw new LockedException(out);
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
      super("another logokit render is writing to " + out + "; try again when it has finished");
    }
  }
}
