package vn.exemplarbot.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The bot's claim on its data folder: an operating-system lock on {@code <data>/exemplar.lock},
 * held while the bot runs. The kernel drops it when the process ends, however it ends ({@code kill
 * -9} included), so a stale lock never blocks a restore; a restore, or a second bot, that cannot
 * take it knows the folder is in use.
 */
public final class DataFolderLock implements AutoCloseable {

  public static final String FILE = "exemplar.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataFolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another process (or this one) holds it. */
  public static Optional<DataFolderLock> tryAcquire(Path dataDir) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new DataFolderLock(channel, lock));
    } catch (OverlappingFileLockException e) {
      channel.close();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  public boolean held() {
    return lock.isValid();
  }

  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // Closing the channel releases the lock; the process's end does in any case.
    }
  }
}
