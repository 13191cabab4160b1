package vn.exemplarbot.storage;

import java.nio.file.Path;

/**
 * Where a file of the data folder can be read: the copy in the folder, fetched first from the
 * database when it lives there ({@link DataFiles}). What the Telegram adapter's outbox sender,
 * built by hand rather than by Spring, is given to find a document it sends.
 */
@FunctionalInterface
public interface LocalCopies {

  /**
   * The file as a path in the data folder, present when it is stored anywhere; {@code relative} is
   * '/'-separated, never absolute nor with '..' ({@link IllegalArgumentException} otherwise).
   */
  Path local(String relative);
}
