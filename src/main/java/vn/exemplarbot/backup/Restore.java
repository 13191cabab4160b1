package vn.exemplarbot.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import vn.exemplarbot.backup.BackupArchive.Manifest;
import vn.exemplarbot.storage.DataFolderLock;
import vn.exemplarbot.storage.SchemaVersions;
import vn.exemplarbot.storage.StartupTexts;

/**
 * Restores a backup into the data folder, without Spring: checks the whole archive while writing it
 * to a staging folder inside the data folder, checks and migrates the database copy there, then
 * moves the current data aside ({@code before-restore-<time>/}, never deleted) and the restored
 * data in. Older data must not repeat the world: codes, decision numbers and certificate register
 * numbers continue above the highest in the data moved aside, timed actions that ran there stay
 * run, and messages the backup had not yet sent wait for the admin ({@code /admin}).
 */
final class Restore {

  static final String ASIDE_PREFIX = "before-restore-";
  static final String STAGING_PREFIX = ".restore-";
  static final String CONFIG_FROM_BACKUP = "bot-config-from-backup";

  private final Path dataDir;
  private final Path configDir;
  private final Path backupDir;
  private final PrintStream out;
  private final Clock clock;

  Restore(Path dataDir, Path configDir, Path backupDir, PrintStream out, Clock clock) {
    this.dataDir = dataDir;
    this.configDir = configDir;
    this.backupDir = backupDir;
    this.out = out;
    this.clock = clock;
  }

  int run(Path archive) throws IOException {
    Files.createDirectories(dataDir);
    Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(dataDir);
    if (lock.isEmpty()) {
      out.println(StartupTexts.both("restore.in-use", dataDir));
      return BackupCommandLine.IN_USE;
    }
    try (DataFolderLock held = lock.get()) {
      return restore(archive);
    }
  }

  private int restore(Path archive) throws IOException {
    Instant now = clock.instant();
    String stamp = BackupArchive.STAMP.format(now);
    Path staging = dataDir.resolve(STAGING_PREFIX + stamp);
    deleteTree(staging);
    Files.createDirectories(staging);
    Manifest manifest;
    Path database = staging.resolve(BackupArchive.DATABASE);
    try {
      out.println(StartupTexts.both("restore.checking", archive));
      manifest = BackupArchive.read(archive, Optional.of(staging));
      check(database);
      migrate(database);
    } catch (BadArchiveException e) {
      deleteTree(staging);
      out.println(e.getMessage());
      out.println(StartupTexts.both("restore.nothing-changed"));
      return BackupCommandLine.BAD;
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    Path current = dataDir.resolve("exemplar.db");
    List<String> carried = Files.isRegularFile(current) ? carryOver(current, database) : List.of();
    int held = holdUnsent(database);

    Path aside = dataDir.resolve(ASIDE_PREFIX + stamp);
    Files.createDirectories(aside);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (p.equals(staging)
            || p.equals(aside)
            || p.equals(backupDir)
            || name.equals(DataFolderLock.FILE)
            || name.equals("backups")
            || name.startsWith(ASIDE_PREFIX)) {
          continue;
        }
        Files.move(p, aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    Files.move(database, dataDir.resolve("exemplar.db"), StandardCopyOption.ATOMIC_MOVE);
    Path data = staging.resolve(BackupArchive.DATA);
    if (Files.isDirectory(data)) {
      try (Stream<Path> entries = Files.list(data)) {
        for (Path p : entries.toList()) {
          Files.move(
              p, dataDir.resolve(p.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
        }
      }
    }
    Path config = staging.resolve(BackupArchive.CONFIG);
    String configNote = "";
    if (Files.isDirectory(config)) {
      if (!Files.isRegularFile(configDir.resolve("roster.yml"))) {
        Files.createDirectories(configDir);
        copyTree(config, configDir);
        configNote = StartupTexts.both("restore.config-restored", configDir);
      } else {
        Files.move(config, aside.resolve(CONFIG_FROM_BACKUP), StandardCopyOption.ATOMIC_MOVE);
        configNote =
            StartupTexts.both("restore.config-kept", configDir, aside.resolve(CONFIG_FROM_BACKUP));
      }
    }
    deleteTree(staging);
    keepOwnership();

    Duration age = Duration.between(manifest.createdAt(), now);
    out.println(
        StartupTexts.both(
            "restore.done",
            archive.getFileName(),
            BackupArchive.shown(manifest.createdAt()),
            age.toDays(),
            age.toHoursPart(),
            manifest.version(),
            manifest.schema()));
    out.println(StartupTexts.both("restore.aside", aside));
    if (!configNote.isEmpty()) {
      out.println(configNote);
    }
    carried.forEach(out::println);
    if (held > 0) {
      out.println(StartupTexts.both("restore.held", held));
    }
    return BackupCommandLine.DONE;
  }

  private static void check(Path database) throws BadArchiveException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      String first = rs.next() ? rs.getString(1) : "";
      if (!"ok".equals(first)) {
        throw new BadArchiveException("restore.bad.integrity", first);
      }
    } catch (SQLException e) {
      throw new BadArchiveException("restore.bad.integrity", e.getMessage());
    }
    try {
      Optional<MigrationVersion> recorded = SchemaVersions.recorded(database);
      MigrationVersion bundled = SchemaVersions.bundled();
      if (recorded.isPresent() && recorded.get().compareTo(bundled) > 0) {
        throw new BadArchiveException(
            "restore.bad.newer", SchemaVersions.show(recorded.get()), SchemaVersions.show(bundled));
      }
    } catch (SQLException e) {
      throw new BadArchiveException("restore.bad.integrity", e.getMessage());
    }
  }

  /** An older backup restores into a newer bot: its schema is brought up to date here. */
  private static void migrate(Path database) {
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + database, null, null)
        .locations("classpath:db/migration/sqlite")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /**
   * What the data moved aside knows and the restored data must not forget: the highest numbers
   * given, the timed actions already run, the reminders already sent. Returns lines to print.
   */
  private List<String> carryOver(Path current, Path restored) {
    List<String> lines = new ArrayList<>();
    try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + current);
        Connection to = DriverManager.getConnection("jdbc:sqlite:" + restored)) {
      to.setAutoCommit(false);
      int floors = 0;
      floors += floors(from, to, "nomination-code", "SELECT 0, max(code) FROM nomination");
      floors +=
          floors(
              from,
              to,
              "decision-number",
              "SELECT number_year, max(CAST(number AS INTEGER)) FROM decision"
                  + " WHERE number IS NOT NULL GROUP BY number_year");
      floors +=
          floors(
              from,
              to,
              "certificate-register",
              "SELECT register_year, max(register_no) FROM certificate GROUP BY register_year");
      floors += floorsKept(from, to);
      int fired = firedActions(from, to);
      int reminders = sentReminders(from, to);
      to.commit();
      lines.add(StartupTexts.both("restore.carried", floors, fired, reminders));
    } catch (SQLException e) {
      lines.add(StartupTexts.both("restore.carry-failed", e.getMessage()));
    }
    return lines;
  }

  private static int floors(Connection from, Connection to, String kind, String query)
      throws SQLException {
    int n = 0;
    try (Statement s = from.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        long highest = rs.getLong(2);
        if (!rs.wasNull() && highest > 0) {
          n += raiseFloor(to, kind, rs.getInt(1), highest);
        }
      }
    } catch (SQLException e) {
      if (!missingTable(e)) {
        throw e;
      }
    }
    return n;
  }

  /** Floors the data moved aside itself carried from an earlier restore. */
  private static int floorsKept(Connection from, Connection to) throws SQLException {
    int n = 0;
    try (Statement s = from.createStatement();
        ResultSet rs = s.executeQuery("SELECT kind, year, floor FROM number_floor")) {
      while (rs.next()) {
        n += raiseFloor(to, rs.getString(1), rs.getInt(2), rs.getLong(3));
      }
    } catch (SQLException e) {
      if (!missingTable(e)) {
        throw e;
      }
    }
    return n;
  }

  private static int raiseFloor(Connection to, String kind, int year, long floor)
      throws SQLException {
    try (PreparedStatement p =
        to.prepareStatement(
            "INSERT INTO number_floor (kind, year, floor) VALUES (?, ?, ?)"
                + " ON CONFLICT (kind, year) DO UPDATE SET floor = max(floor, excluded.floor)")) {
      p.setString(1, kind);
      p.setInt(2, year);
      p.setLong(3, floor);
      return p.executeUpdate();
    }
  }

  private static int firedActions(Connection from, Connection to) throws SQLException {
    int n = 0;
    try (Statement s = from.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT action_key, fired_at, outcome FROM due_action WHERE fired_at IS NOT NULL");
        PreparedStatement p =
            to.prepareStatement(
                "UPDATE due_action SET fired_at = ?, outcome = ?"
                    + " WHERE action_key = ? AND fired_at IS NULL")) {
      while (rs.next()) {
        p.setLong(1, rs.getLong(2));
        p.setString(2, rs.getString(3));
        p.setString(3, rs.getString(1));
        n += p.executeUpdate();
      }
    }
    return n;
  }

  private static int sentReminders(Connection from, Connection to) throws SQLException {
    int n = 0;
    try (Statement s = from.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT deadline, offset_key, person_id, sent_at FROM reminder_sent");
        PreparedStatement p =
            to.prepareStatement(
                "INSERT OR IGNORE INTO reminder_sent (deadline, offset_key, person_id, sent_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      while (rs.next()) {
        p.setString(1, rs.getString(1));
        p.setString(2, rs.getString(2));
        p.setString(3, rs.getString(3));
        p.setLong(4, rs.getLong(4));
        n += p.executeUpdate();
      }
    } catch (SQLException e) {
      if (!missingTable(e)) {
        throw e;
      }
    }
    return n;
  }

  private static boolean missingTable(SQLException e) {
    return String.valueOf(e.getMessage()).contains("no such table");
  }

  /** Messages the backup had not sent wait for the admin instead of going out again. */
  private static int holdUnsent(Path database) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement s = c.createStatement()) {
      return s.executeUpdate(
          "UPDATE outbox SET restored_from = status, status = 'restored'"
              + " WHERE status IN ('pending', 'held')");
    } catch (SQLException e) {
      throw new IOException("cannot hold the restored outbox: " + e.getMessage(), e);
    }
  }

  /** The restored files belong to the data folder's owner and group, private to them. */
  private void keepOwnership() throws IOException {
    PosixFileAttributeView folder =
        Files.getFileAttributeView(dataDir, PosixFileAttributeView.class);
    if (folder == null) {
      return;
    }
    PosixFileAttributes attrs = folder.readAttributes();
    UserPrincipal owner = attrs.owner();
    GroupPrincipal group = attrs.group();
    Files.walkFileTree(
        dataDir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
              throws IOException {
            String name = dir.getFileName().toString();
            if (!dir.equals(dataDir)
                && dir.getParent().equals(dataDir)
                && (name.startsWith(ASIDE_PREFIX)
                    || name.equals("backups")
                    || dir.equals(backupDir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(dataDir)) {
              own(dir, "rwxr-x---");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
            if (a.isRegularFile() && !file.getFileName().toString().equals(DataFolderLock.FILE)) {
              own(file, "rw-r-----");
            }
            return FileVisitResult.CONTINUE;
          }

          private void own(Path p, String mode) throws IOException {
            PosixFileAttributeView view =
                Files.getFileAttributeView(p, PosixFileAttributeView.class);
            view.setOwner(owner);
            view.setGroup(group);
            view.setPermissions(PosixFilePermissions.fromString(mode));
          }
        });
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
