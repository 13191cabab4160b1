package vn.exemplarbot.nomination;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.roster.Directory;

/**
 * A dossier's files: downloaded into {@code <data>/dossiers/<nomination id>/} as they arrive (their
 * file id kept too), so the dossier survives even if Telegram forgets them.
 */
@Component
class Dossiers {

  private static final Logger log = LoggerFactory.getLogger(Dossiers.class);

  private final DossierRows rows;
  private final FileFetcher fetcher;
  private final Directory directory;
  private final Path dataDir;
  private final Clock clock;

  Dossiers(
      DossierRows rows,
      FileFetcher fetcher,
      Directory directory,
      @Value("${exemplar.data-dir}") Path dataDir,
      Clock clock) {
    this.rows = rows;
    this.fetcher = fetcher;
    this.directory = directory;
    this.dataDir = dataDir;
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
      size = fetcher.fetch(upload.fileId(), dataDir.resolve(relative));
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

  /** Removes a deleted draft's files from the data folder. */
  void discard(long nominationId) {
    Path folder = dataDir.resolve("dossiers").resolve(String.valueOf(nominationId));
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Dossiers::deleteQuietly);
    } catch (IOException e) {
      log.warn("Could not remove the files of draft {}: {}", nominationId, e.getMessage());
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", path, e.getMessage());
    }
  }

  /** A name safe on any file system: letters, digits, dot, dash and underscore. */
  static String safe(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    return cleaned.length() > 80 ? cleaned.substring(cleaned.length() - 80) : cleaned;
  }
}
