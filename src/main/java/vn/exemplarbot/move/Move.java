package vn.exemplarbot.move;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import vn.exemplarbot.move.DataFolderFiles.DataFile;
import vn.exemplarbot.storage.DataFolderLock;
import vn.exemplarbot.storage.Database;
import vn.exemplarbot.storage.DiskSpace;
import vn.exemplarbot.storage.SchemaVersions;
import vn.exemplarbot.storage.StartupTexts;

/**
 * The move itself. Holds the data folder's lock throughout (refused while a bot runs on it, and no
 * bot starts on it meanwhile), reads the SQLite file read-only in one snapshot, refuses an older
 * schema or an open ballot, then, into a target found empty and given the schema by Flyway, copies
 * the tables and the files in one PostgreSQL transaction that commits only when every count and
 * checksum agrees. Anything wrong after Flyway ran: rolled back and Flyway's tables dropped again.
 */
final class Move {

  private final Path dataDir;
  private final Path backupDir;
  private final Target target;
  private final PrintStream out;
  private final Clock clock;

  Move(Path dataDir, Path backupDir, Target target, PrintStream out, Clock clock) {
    this.dataDir = dataDir;
    this.backupDir = backupDir;
    this.target = target;
    this.out = out;
    this.clock = clock;
  }

  int run() {
    try {
      Path database = dataDir.resolve("exemplar.db");
      if (!Files.isRegularFile(database)) {
        throw new MoveRefused(
            MoveCommandLine.USAGE, StartupTexts.both("move.no-database", dataDir));
      }
      Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(dataDir);
      if (lock.isEmpty()) {
        throw new MoveRefused(MoveCommandLine.IN_USE, StartupTexts.both("move.in-use", dataDir));
      }
      try (DataFolderLock held = lock.get()) {
        refuseOtherSchema(database);
        return fromSource(database);
      }
    } catch (MoveRefused e) {
      out.println(e.getMessage());
      return e.code();
    } catch (IOException | SQLException | RuntimeException e) {
      out.println(StartupTexts.both("backup.cli.io", e.toString()));
      return MoveCommandLine.USAGE;
    }
  }

  /** Only a source at this version's schema is read: it is never migrated here. */
  private static void refuseOtherSchema(Path database) throws SQLException {
    Optional<MigrationVersion> recorded = SchemaVersions.recorded(database);
    MigrationVersion bundled = SchemaVersions.bundled(Database.SQLITE);
    String shown = recorded.map(SchemaVersions::show).orElse("0");
    if (recorded.isEmpty() || recorded.get().compareTo(bundled) < 0) {
      throw new MoveRefused(
          MoveCommandLine.USAGE,
          StartupTexts.both("move.older", database, shown, SchemaVersions.show(bundled)));
    }
    if (recorded.get().compareTo(bundled) > 0) {
      throw new MoveRefused(
          MoveCommandLine.USAGE,
          StartupTexts.both("move.newer", database, shown, SchemaVersions.show(bundled)));
    }
  }

  private int fromSource(Path database) throws IOException, SQLException {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try (Connection sqlite =
        DriverManager.getConnection("jdbc:sqlite:" + database, readOnly.toProperties())) {
      sqlite.setAutoCommit(false); // one snapshot for every read
      refuseOpenBallot(sqlite);
      List<Table> tables = SourceSchema.tables(sqlite);
      List<DataFile> files = DataFolderFiles.list(dataDir, backupDir);
      try (Connection postgres = connectTarget()) {
        TargetSchema.refuseUnlessEmpty(postgres, target);
        return intoEmpty(new Transfer(sqlite, postgres, clock), tables, files);
      }
    }
  }

  private static void refuseOpenBallot(Connection sqlite) throws SQLException {
    try (Statement s = sqlite.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM ballot WHERE state = 'open'")) {
      if (rs.next()) {
        throw new MoveRefused(
            MoveCommandLine.REFUSED, StartupTexts.both("move.ballot-open", rs.getLong(1)));
      }
    }
  }

  private Connection connectTarget() {
    try {
      return target.connect();
    } catch (SQLException e) {
      throw new MoveRefused(
          MoveCommandLine.USAGE,
          StartupTexts.both("storage.refused.unreachable", target.shown(), e.getMessage()),
          StartupTexts.both("storage.refused.unreachable.fix"));
    }
  }

  private int intoEmpty(Transfer transfer, List<Table> tables, List<DataFile> files) {
    Instant started = clock.instant();
    out.println(StartupTexts.both("move.started", target.shown(), tables.size(), files.size()));
    try {
      TargetSchema.migrate(target);
      Transfer.Totals totals = transfer.all(tables, files);
      long seconds = Duration.between(started, clock.instant()).toSeconds();
      out.println(
          StartupTexts.both(
              "move.done",
              target.shown(),
              totals.tables(),
              totals.rows(),
              totals.files(),
              DiskSpace.show(totals.bytes()),
              seconds));
      totals.perTable().forEach((table, rows) -> out.println("  " + table + " " + rows));
      return MoveCommandLine.DONE;
    } catch (MoveRefused e) {
      out.println(e.getMessage());
      undo(transfer);
      return e.code();
    } catch (IOException | SQLException | RuntimeException e) {
      out.println(StartupTexts.both("move.failed", transfer.stage(), e.getMessage()));
      undo(transfer);
      return MoveCommandLine.USAGE;
    }
  }

  /** Nothing half-moved stays behind: the target is as empty as it was found. */
  private void undo(Transfer transfer) {
    try {
      transfer.rollback();
      TargetSchema.dropAll(transfer.postgres());
      out.println(StartupTexts.both("move.undone", target.shown()));
    } catch (SQLException | RuntimeException e) {
      out.println(StartupTexts.both("move.undo-failed", target.shown(), e.getMessage()));
    }
  }
}
