package vn.exemplarbot.move;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.exemplarbot.move.DataFolderFiles.DataFile;
import vn.exemplarbot.move.FileCopy.Stored;
import vn.exemplarbot.storage.StartupTexts;

/**
 * The copy inside the target's one transaction: the tables (each checked by count and checksum
 * against the source as soon as it is copied), the identity sequences, then the files (each read
 * back from the database), and the commit only once all of it agrees. {@link #stage()} says what it
 * was doing when something failed.
 */
final class Transfer {

  /** What was moved. */
  record Totals(int tables, long rows, int files, long bytes, Map<String, Long> perTable) {}

  private final Connection sqlite;
  private final Connection postgres;
  private final Clock clock;
  private String stage = "flyway";

  Transfer(Connection sqlite, Connection postgres, Clock clock) {
    this.sqlite = sqlite;
    this.postgres = postgres;
    this.clock = clock;
  }

  Totals all(List<Table> tables, List<DataFile> files) throws SQLException, IOException {
    postgres.setAutoCommit(false);
    stage = "schema";
    TargetSchema.refuseUnlessSame(postgres, tables);
    TargetSchema.clear(postgres, tables);
    Map<String, Long> perTable = new LinkedHashMap<>();
    long rows = 0;
    for (Table table : tables) {
      stage = table.name();
      long copied = copied(table);
      perTable.put(table.name(), copied);
      rows += copied;
    }
    stage = "sequences";
    TargetSchema.advanceSequences(postgres);
    long bytes = 0;
    List<Stored> stored = new ArrayList<>();
    for (DataFile file : files) {
      stage = file.path();
      stored.add(FileCopy.store(postgres, file, clock.millis()));
      bytes += stored.get(stored.size() - 1).size();
    }
    checkFiles(stored);
    stage = "commit";
    postgres.commit();
    return new Totals(tables.size(), rows, files.size(), bytes, perTable);
  }

  private long copied(Table table) throws SQLException {
    RowSum source = TableCopy.copy(sqlite, postgres, table);
    RowSum target = TableCopy.sum(postgres, table);
    if (source.rows() != target.rows()) {
      throw new MoveRefused(
          MoveCommandLine.REFUSED,
          StartupTexts.both("move.mismatch.rows", table.name(), source.rows(), target.rows()));
    }
    if (!source.checksum().equals(target.checksum())) {
      throw new MoveRefused(
          MoveCommandLine.REFUSED, StartupTexts.both("move.mismatch.checksum", table.name()));
    }
    return source.rows();
  }

  private void checkFiles(List<Stored> stored) throws SQLException {
    for (Stored file : stored) {
      stage = file.path();
      Optional<String> difference = FileCopy.difference(postgres, file);
      if (difference.isPresent()) {
        throw new MoveRefused(
            MoveCommandLine.REFUSED,
            StartupTexts.both(
                "move.mismatch.file", file.path(), file.size(), file.sha256(), difference.get()));
      }
    }
  }

  String stage() {
    return stage;
  }

  Connection postgres() {
    return postgres;
  }

  void rollback() throws SQLException {
    if (!postgres.getAutoCommit()) {
      postgres.rollback();
    }
  }
}
