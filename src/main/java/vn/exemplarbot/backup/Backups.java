package vn.exemplarbot.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import vn.exemplarbot.backup.BackupArchive.Source;
import vn.exemplarbot.backup.internal.BackupStateRows;
import vn.exemplarbot.storage.DataFolderLock;
import vn.exemplarbot.storage.DiskSpace;
import vn.exemplarbot.storage.SchemaVersions;

/**
 * Takes a backup now: the database first, copied consistently by SQLite's {@code VACUUM INTO} on a
 * connection of its own (never the {@code .db} or {@code -wal} file as they lie), then the data
 * folder's files and {@code bot-config/}, into one archive ({@link BackupArchive}); keeps the
 * newest {@code EXEMPLAR_BACKUP_KEEP}. Refuses while a {@link BackupGate} holds the backup (a
 * ballot's secrets) and when it would leave less than {@code EXEMPLAR_DISK_MIN_FREE} free. One at a
 * time.
 */
@Service
public class Backups {

  private static final Logger log = LoggerFactory.getLogger(Backups.class);

  /** Never in an archive: the database as it lies, the lock, and folders of their own. */
  private static final Set<String> TOP_LEVEL_SKIPPED =
      Set.of(
          "exemplar.db",
          "exemplar.db-wal",
          "exemplar.db-shm",
          "exemplar.db-journal",
          DataFolderLock.FILE,
          "backups",
          "sandbox",
          "site");

  private final Path dataDir;
  private final Path configDir;
  private final BackupSettings settings;
  private final BackupStateRows state;
  private final ObjectProvider<BackupGate> gates;
  private final Environment environment;
  private final Clock clock;
  private volatile boolean taking;

  /** On the SQLite file (see {@link #own()}); fixed for the process's life. */
  private final boolean own;

  Backups(
      @Value("${exemplar.data-dir}") Path dataDir,
      @Value("${exemplar.config-dir}") Path configDir,
      BackupSettings settings,
      BackupStateRows state,
      ObjectProvider<BackupGate> gates,
      Environment environment,
      Clock clock) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.configDir = configDir.toAbsolutePath().normalize();
    this.settings = settings;
    this.state = state;
    this.gates = gates;
    this.environment = environment;
    this.clock = clock;
    this.own = vn.exemplarbot.storage.Database.of(environment).sqlite();
  }

  /** The outcome of one attempt. */
  public sealed interface Outcome {}

  public record Done(Path archive, long size, Instant at) implements Outcome {}

  /** Not taken, for a reason (a message key) that passes by itself. */
  public record Held(String reasonKey, List<Object> args, boolean newReason) implements Outcome {}

  public record Failed(String text, boolean first) implements Outcome {}

  public Path folder() {
    return settings.folder(dataDir);
  }

  /**
   * True when the bot's own backups apply: on the SQLite file. On PostgreSQL the database is backed
   * up with {@code pg_dump} (and the server's own means), which holds everything, files included.
   */
  public boolean own() {
    return own;
  }

  /**
   * The recorded state; the last good backup is the newer of the recorded one and the newest whole
   * archive in the folder (after a restore the data predates its own backup).
   */
  public BackupStatus status() {
    BackupStatus recorded = state.status();
    if (taking) {
      return recorded; // its archive may be in place before its success is recorded
    }
    Optional<Path> newest = newestWhole(folder());
    if (newest.isEmpty()) {
      return recorded;
    }
    Instant at = BackupArchive.takenAt(newest.get()).orElseThrow();
    if (recorded.lastSuccess().map(s -> !at.isAfter(s)).orElse(false)) {
      return recorded;
    }
    long size;
    try {
      size = Files.size(newest.get());
    } catch (IOException e) {
      size = 0;
    }
    return new BackupStatus(
        Optional.of(at),
        Optional.of(newest.get().getFileName().toString()),
        size,
        recorded.lastSkip(),
        recorded.lastSkipReason(),
        recorded.lastFailure(),
        recorded.lastFailureText(),
        recorded.owedSince());
  }

  /** The newest archive of ours with its checksum beside it. */
  static Optional<Path> newestWhole(Path folder) {
    try {
      return BackupArchive.list(folder).stream()
          .filter(p -> Files.isRegularFile(BackupArchive.checksumOf(p)))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Why a backup cannot be taken now, as a message key, or empty. */
  public Optional<String> heldBy() {
    return gates.orderedStream().map(BackupGate::holdsBackup).flatMap(Optional::stream).findFirst();
  }

  /** Takes one now, unless held; records the outcome. */
  public synchronized Outcome take() {
    taking = true;
    try {
      return takeNow();
    } finally {
      taking = false;
    }
  }

  private Outcome takeNow() {
    Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    while (Files.exists(folder().resolve(BackupArchive.name(at)))) {
      at = at.plusSeconds(1); // two in one second: the name must not replace a good one
    }
    Optional<String> held = heldBy();
    if (held.isPresent()) {
      return new Held(held.get(), List.of(), state.skipped(at, held.get()));
    }
    Path folder = folder();
    Path snapshot =
        folder.resolve(
            BackupArchive.name(at).replace(BackupArchive.SUFFIX, ".db" + BackupArchive.PART));
    try {
      prepare(folder);
      copyDatabase(snapshot);
      held = heldBy();
      if (held.isPresent()) {
        // A ballot opened while the copy was taken: the copy may hold what it must not.
        return new Held(held.get(), List.of(), state.skipped(at, held.get()));
      }
      List<Source> sources = new ArrayList<>();
      sources.add(new Source(BackupArchive.DATABASE, snapshot));
      collect(dataDir, BackupArchive.DATA, true, sources);
      if (Files.isDirectory(configDir)) {
        collect(configDir, BackupArchive.CONFIG, false, sources);
      }
      long needed = 0;
      for (Source s : sources) {
        needed += Files.size(s.file());
      }
      long free = DiskSpace.free(folder);
      long minimum = DiskSpace.minimum(environment).toBytes();
      if (free - needed < minimum) {
        String reason = "backup.held.space";
        return new Held(
            reason,
            List.of(DiskSpace.show(free), DiskSpace.show(needed), DiskSpace.show(minimum)),
            state.skipped(at, reason));
      }
      MigrationVersion schema =
          SchemaVersions.recorded(snapshot).orElse(MigrationVersion.fromVersion("0"));
      Path archive =
          BackupArchive.write(folder, at, sources, version(), SchemaVersions.show(schema));
      long size = Files.size(archive);
      prune(folder);
      state.succeeded(at, archive.getFileName().toString(), size);
      log.info("Backup taken: {} ({} bytes, {} files)", archive, size, sources.size());
      return new Done(archive, size, at);
    } catch (IOException | SQLException | UncheckedIOException | IllegalStateException e) {
      String text = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Backup failed: {}", text);
      return new Failed(text, state.failed(at, text));
    } finally {
      try {
        Files.deleteIfExists(snapshot);
      } catch (IOException e) {
        log.warn("Could not delete the database copy {}: {}", snapshot, e.getMessage());
      }
    }
  }

  /** The folder, private to the bot's account; parts left by a killed backup go. */
  private static void prepare(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      try {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: its own rules apply.
      }
    }
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + BackupArchive.PART)) {
      for (Path part : parts) {
        Files.deleteIfExists(part);
      }
    }
  }

  /** A consistent copy of the live database, on a connection of its own (readers never block). */
  private void copyDatabase(Path target) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("exemplar.db"));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
    }
  }

  private void collect(Path root, String prefix, boolean dataFolder, List<Source> into)
      throws IOException {
    Path backups = folder();
    List<Source> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String name = dir.getFileName().toString();
            boolean topLevel = dir.getParent().equals(root);
            if (dir.equals(backups)
                || (dataFolder && topLevel && skippedAtTop(name))
                || Files.isSymbolicLink(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            boolean topLevel = file.getParent().equals(root);
            if (!attrs.isRegularFile()
                || Files.isSymbolicLink(file)
                || name.endsWith(BackupArchive.PART)
                || (dataFolder && topLevel && skippedAtTop(name))
                || (!dataFolder && environmentFile(name))) {
              return FileVisitResult.CONTINUE;
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            found.add(new Source(prefix + relative, file));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
              throw e;
            }
            return FileVisitResult.CONTINUE; // gone since it was listed
          }
        });
    found.sort(Comparator.comparing(Source::path));
    into.addAll(found);
  }

  public static boolean skippedAtTop(String name) {
    return TOP_LEVEL_SKIPPED.contains(name)
        || name.startsWith(Restore.ASIDE_PREFIX)
        || name.startsWith(Restore.STAGING_PREFIX);
  }

  /** The token lives in the environment file; never one in an archive, whatever it is called. */
  static boolean environmentFile(String name) {
    return name.equals("env") || name.equals(".env") || name.endsWith(".env");
  }

  /** Keeps the newest {@code keep} whole backups (archive and checksum). */
  private void prune(Path folder) throws IOException {
    List<Path> archives = BackupArchive.list(folder);
    for (Path old : archives.subList(Math.min(settings.keep(), archives.size()), archives.size())) {
      Files.deleteIfExists(old);
      Files.deleteIfExists(BackupArchive.checksumOf(old));
      log.info("Old backup removed (keeping {}): {}", settings.keep(), old.getFileName());
    }
  }

  static String version() {
    String v = Backups.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
