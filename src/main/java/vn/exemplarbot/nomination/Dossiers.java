package vn.exemplarbot.nomination;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.storage.DataFiles;

/**
 * A dossier's files: downloaded into {@code <data>/dossiers/<nomination id>/} as they arrive (their
 * file id kept too), so the dossier survives even if Telegram forgets them; on PostgreSQL kept in
 * the database as well ({@link DataFiles}), the folder then a cache.
 */
@Component
class Dossiers {

  private static final Logger log = LoggerFactory.getLogger(Dossiers.class);

  private final DossierRows rows;
  private final FileFetcher fetcher;
  private final Directory directory;
  private final DataFiles files;
  private final Clock clock;

  Dossiers(
      DossierRows rows, FileFetcher fetcher, Directory directory, DataFiles files, Clock clock) {
    this.rows = rows;
    this.fetcher = fetcher;
    this.directory = directory;
    this.files = files;
    this.clock = clock;
  }

  /** Adds the file, or tells the person why not; true when it was added. */
  boolean add(Session s, Input.Upload upload) {
    int count = rows.fileCount(s.id());
    int max = directory.settings().nominations().maxFiles();
    Optional<Refusal> refusal = Rules.file(upload.size(), count, max);
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return false;
    }
    String name = upload.fileName() == null ? "tep" : upload.fileName();
    String relative = "dossiers/" + s.id() + "/" + (count + 1) + "-" + safe(name);
    long size;
    try {
      Path file = files.path(relative);
      size = fetcher.fetch(upload.fileId(), file);
      files.keep(file);
    } catch (IOException e) {
      log.warn("Could not download a dossier file of nomination {}: {}", s.id(), e.getMessage());
      s.turn().reply("nomination.refused.download", name);
      return false;
    }
    rows.addFile(
        s.id(),
        new DossierFile(
            0, upload.fileId(), relative, name, upload.mimeType(), size, upload.photo()),
        clock.instant());
    s.turn().reply("nomination.file-added", name, count + 1, max);
    return true;
  }

  /** Removes a deleted draft's files, from the data folder and the database. */
  void discard(long nominationId) {
    files.deleteUnder("dossiers/" + nominationId + "/");
  }

  /** A name safe on any file system: letters, digits, dot, dash and underscore. */
  static String safe(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    return cleaned.length() > 80 ? cleaned.substring(cleaned.length() - 80) : cleaned;
  }
}
