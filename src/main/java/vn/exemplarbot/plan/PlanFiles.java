package vn.exemplarbot.plan;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.storage.DataFiles;

/**
 * A plan's file, downloaded into {@code <data>/plans/<year>/<division>/} when it is filed (its file
 * id kept too), so the Office keeps it even if Telegram forgets it; on PostgreSQL kept in the
 * database as well ({@link DataFiles}), the folder then a cache.
 */
@Component
class PlanFiles {

  private final FileFetcher fetcher;
  private final DataFiles files;

  PlanFiles(FileFetcher fetcher, DataFiles files) {
    this.fetcher = fetcher;
    this.files = files;
  }

  /** Downloads it; returns the path relative to the data folder and the size. */
  Stored store(int year, String division, int version, PlanDraft draft) throws IOException {
    String name = draft.fileName() == null ? "ke-hoach" : draft.fileName();
    String relative = "plans/" + year + "/" + safe(division) + "/v" + version + "-" + safe(name);
    Path file = files.path(relative);
    long size = fetcher.fetch(draft.fileId(), file);
    files.keep(file);
    return new Stored(relative, size);
  }

  record Stored(String path, long size) {}

  /** A name safe on any file system: letters, digits, dot, dash and underscore. */
  static String safe(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    return cleaned.length() > 80 ? cleaned.substring(cleaned.length() - 80) : cleaned;
  }
}
