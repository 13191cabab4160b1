package vn.exemplarbot.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.exemplarbot.storage.FileChunks.Stored;

/**
 * The bot's files under the data folder (dossier evidence, division plans, ballot minutes,
 * decisions, certificates, signed scans, reports). On SQLite they live in the folder and nothing
 * else happens here. On PostgreSQL the database holds them ({@link FileChunks}), so any instance
 * can serve them and the folder is only a cache that can be lost: a file just written is {@link
 * #keep kept} (streamed in, in the current transaction), and one about to be read or sent is asked
 * for by {@link #local(String)}, which fetches it into the folder first when it is missing or its
 * size differs. Paths are relative to the folder, '/'-separated; an absolute one, one with '..' or
 * one that leaves the folder is refused ({@link IllegalArgumentException}).
 */
@Component
public class DataFiles implements LocalCopies {

  private static final Logger log = LoggerFactory.getLogger(DataFiles.class);

  private final Path root;
  private final FileChunks chunks;
  private final boolean inDatabase;

  DataFiles(
      @Value("${exemplar.data-dir}") Path dataDir, Environment environment, FileChunks chunks) {
    this.root = dataDir.toAbsolutePath().normalize();
    this.chunks = chunks;
    this.inDatabase = !Database.of(environment).sqlite();
  }

  /** Where a file of that path is written in the data folder (nothing is fetched). */
  public Path path(String relative) {
    return root.resolve(checked(relative));
  }

  /**
   * A file just written under the data folder: into the database on PostgreSQL. There, if the
   * transaction it was kept in rolls back (a transaction that met another is run again from its
   * start, and writes its file again), the local copy goes too: the folder is a cache, and a copy
   * the database never kept would take a name a later file needs.
   */
  public void keep(Path file) {
    String path = relative(file);
    if (inDatabase) {
      chunks.store(path, file);
      if (TransactionSynchronizationManager.isSynchronizationActive()) {
        TransactionSynchronizationManager.registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                  deleteQuietly(file);
                }
              }
            });
      }
    }
  }

  @Override
  public Path local(String relative) {
    String path = checked(relative);
    Path file = root.resolve(path);
    if (!inDatabase) {
      return file;
    }
    Optional<Stored> stored = chunks.find(path);
    if (stored.isPresent() && !hasSize(file, stored.get().size())) {
      fetch(path, stored.get(), file);
    }
    return file;
  }

  /** {@link #local(String)} for a path in the data folder. */
  public Path local(Path file) {
    return local(relative(file));
  }

  /** Whether a file of that path is kept, in the folder or in the database. */
  public boolean exists(String relative) {
    String path = checked(relative);
    return Files.exists(root.resolve(path)) || (inDatabase && chunks.find(path).isPresent());
  }

  public void delete(String relative) {
    String path = checked(relative);
    if (inDatabase) {
      chunks.delete(path);
    }
    deleteQuietly(root.resolve(path));
  }

  /** Every file under a folder, given as {@code "dossiers/12/"}. */
  public void deleteUnder(String folder) {
    if (!folder.endsWith("/")) {
      throw new IllegalArgumentException("A folder ends with '/': " + folder);
    }
    String path = checked(folder.substring(0, folder.length() - 1));
    if (inDatabase) {
      chunks.deleteUnder(path + "/");
    }
    Path local = root.resolve(path);
    if (!Files.isDirectory(local)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(local)) {
      paths.sorted(Comparator.reverseOrder()).forEach(DataFiles::deleteQuietly);
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", local, e.getMessage());
    }
  }

  /** The path relative to the data folder, '/'-separated, of a file in it. */
  String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      throw new IllegalArgumentException("Not a file in the data folder: " + file);
    }
    return checked(
        root.relativize(absolute).toString().replace(file.getFileSystem().getSeparator(), "/"));
  }

  /** The path itself, when it is a plain relative path that stays in the data folder. */
  String checked(String relative) {
    boolean plain =
        relative != null
            && !relative.isEmpty()
            && !relative.startsWith("/")
            && !relative.contains("\\")
            && !relative.contains("\0")
            && Stream.of(relative.split("/", -1))
                .noneMatch(s -> s.isEmpty() || s.equals("..") || s.equals("."));
    if (!plain
        || Path.of(relative).isAbsolute()
        || !root.resolve(relative).normalize().startsWith(root)) {
      throw new IllegalArgumentException("Not a path in the data folder: " + relative);
    }
    return relative;
  }

  private void fetch(String path, Stored stored, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path part = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".part");
      try {
        MessageDigest sha = FileChunks.sha256();
        try (OutputStream out =
            new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(part)), sha)) {
          chunks.copy(path, stored, out);
        }
        String got = HexFormat.of().formatHex(sha.digest());
        if (!got.equals(stored.sha256())) {
          throw new IOException("its SHA-256 is " + got + ", not the stored " + stored.sha256());
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not fetch " + path + " from the database", e);
    }
  }

  private static boolean hasSize(Path file, long size) {
    try {
      return Files.isRegularFile(file) && Files.size(file) == size;
    } catch (IOException e) {
      return false;
    }
  }

  /** A copy left behind is only a stale cache on PostgreSQL; on SQLite, as it always was. */
  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", path, e.getMessage());
    }
  }
}
