package vn.exemplarbot.plan;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FileFetcher;

/**
 * A plan's file, downloaded into {@code <data>/plans/<year>/<division>/} when it is filed (its file
 * id kept too), so the Office keeps it even if Telegram forgets it.
 */
@Component
class PlanFiles {

  private final FileFetcher fetcher;
  private final Path dataDir;

  PlanFiles(FileFetcher fetcher, @Value("${exemplar.data-dir}") Path dataDir) {
    this.fetcher = fetcher;
    this.dataDir = dataDir;
  }

  /** Downloads it; returns the path relative to the data folder and the size. */
  Stored store(int year, String division, int version, PlanDraft draft) throws IOException {
    String name = draft.fileName() == null ? "ke-hoach" : draft.fileName();
    String relative = "plans/" + year + "/" + safe(division) + "/v" + version + "-" + safe(name);
    long size = fetcher.fetch(draft.fileId(), dataDir.resolve(relative));
    return new Stored(relative, size);
  }

  record Stored(String path, long size) {}

  /** A name safe on any file system: letters, digits, dot, dash and underscore. */
  static String safe(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    return cleaned.length() > 80 ? cleaned.substring(cleaned.length() - 80) : cleaned;
  }
}
