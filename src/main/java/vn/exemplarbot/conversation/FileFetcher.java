package vn.exemplarbot.conversation;

import java.io.IOException;
import java.nio.file.Path;

/** Fetches a file a person sent (by Telegram's file id) into the data folder. */
public interface FileFetcher {

  /** Telegram lets bots download files up to 20 MB. */
  long MAX_BYTES = 20L * 1024 * 1024;

  /** Writes the file to {@code target}; returns its size. */
  long fetch(String fileId, Path target) throws IOException;
}
