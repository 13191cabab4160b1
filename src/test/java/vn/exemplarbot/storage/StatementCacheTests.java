package vn.exemplarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc3.JDBC3PreparedStatement;

/**
 * {@link StatementCache} on a real SQLite file behind a real pool configured as the bot's: a
 * statement is used again only in a fresh statement's state (no results open, so no read snapshot
 * held; no parameter left bound), never after it was changed or failed, never twice at once, and
 * the connection closes what it keeps.
 */
class StatementCacheTests {

  private static final int SIZE = 4;

  @TempDir Path work;
  private String url;
  private HikariDataSource pool;

  @BeforeEach
  void pool() throws SQLException {
    url = "jdbc:sqlite:" + work.resolve("cache.db") + "?journal_mode=WAL&synchronous=NORMAL";
    pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setMaximumPoolSize(1);
    pool.addDataSourceProperty("jdbc.get_generated_keys", "false");
    pool.setDataSource(
        new StatementCache.Source(
            new com.zaxxer.hikari.util.DriverDataSource(
                url, "org.sqlite.JDBC", pool.getDataSourceProperties(), null, null),
            SIZE));
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
      for (int i = 1; i <= 20; i++) {
        s.execute("INSERT INTO t (v) VALUES ('v" + i + "')");
      }
    }
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void theSameSqlIsPreparedOnceAndGivesTheRightRowsEachTime() throws SQLException {
    List<JDBC3PreparedStatement> used = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      try (Connection c = pool.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT v FROM t WHERE id = ?")) {
        ps.setInt(1, i);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("v" + i);
          assertThat(rs.getString("v")).as("by its column's name too").isEqualTo("v" + i);
        }
        used.add(ps.unwrap(JDBC3PreparedStatement.class));
      }
    }
    assertThat(used.get(1)).isSameAs(used.get(0));
    assertThat(used.get(2)).isSameAs(used.get(0));
    assertThat(used.get(0).isClosed()).as("kept, not closed").isFalse();
  }

  @Test
  void noParameterStaysBoundOnceAStatementIsGivenBack() throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT ? AS choice")) {
      ps.setString(1, "đồng ý");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("đồng ý");
      }
    }
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT ? AS choice");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertThat(rs.getString(1)).as("the last use's value is gone").isNull();
    }
  }

  @Test
  void aResultLeftOpenHoldsNoSnapshotOnceGivenBack() throws Exception {
    try (Connection c = pool.getConnection()) {
      PreparedStatement ps = c.prepareStatement("SELECT v FROM t ORDER BY id");
      ResultSet rs = ps.executeQuery();
      assertThat(rs.next()).isTrue();
      // Neither the result nor the statement is closed by the code; the pool closes the statement
      // as the connection goes back, and the cache keeps it.
    }
    try (Connection other = DriverManager.getConnection(url);
        Statement s = other.createStatement()) {
      s.execute("INSERT INTO t (v) VALUES ('later')");
      try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the checkpoint was not blocked by a reader").isZero();
      }
    }
    assertThat(Files.size(Path.of(work.resolve("cache.db") + "-wal")))
        .as("the write-ahead log truncated")
        .isZero();
  }

  @Test
  void theSameSqlTwiceAtOnceGetsTwoStatementsAndOneIsKept() throws SQLException {
    JDBC3PreparedStatement first;
    JDBC3PreparedStatement second;
    try (Connection c = pool.getConnection()) {
      PreparedStatement outer = c.prepareStatement("SELECT v FROM t WHERE id > ? ORDER BY id");
      outer.setInt(1, 0);
      PreparedStatement inner = c.prepareStatement("SELECT v FROM t WHERE id > ? ORDER BY id");
      inner.setInt(1, 10);
      try (ResultSet a = outer.executeQuery();
          ResultSet b = inner.executeQuery()) {
        a.next();
        b.next();
        assertThat(a.getString(1)).isEqualTo("v1");
        assertThat(b.getString(1)).isEqualTo("v11");
      }
      first = outer.unwrap(JDBC3PreparedStatement.class);
      second = inner.unwrap(JDBC3PreparedStatement.class);
      assertThat(second).isNotSameAs(first);
      outer.close();
      inner.close();
    }
    assertThat(first.isClosed()).as("the first given back is kept").isFalse();
    assertThat(second.isClosed()).as("the second, of the same SQL, is closed").isTrue();
  }

  @Test
  void aStatementChangedBeyondItsParametersIsNotUsedAgain() throws SQLException {
    JDBC3PreparedStatement changed;
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT v FROM t ORDER BY id")) {
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.next()).isFalse();
      }
      changed = ps.unwrap(JDBC3PreparedStatement.class);
    }
    assertThat(changed.isClosed()).isTrue();
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT v FROM t ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      int rows = 0;
      while (rs.next()) {
        rows++;
      }
      assertThat(rows).as("no limit carried over").isEqualTo(20);
      assertThat(ps.unwrap(JDBC3PreparedStatement.class)).isNotSameAs(changed);
    }
  }

  @Test
  void aStatementThatFailedIsClosedAndTheConnectionGoesOn() throws SQLException {
    JDBC3PreparedStatement failed;
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
      ps.setString(1, "v1");
      assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
      failed = ps.unwrap(JDBC3PreparedStatement.class);
    }
    assertThat(failed.isClosed()).isTrue();
    JdbcClient jdbc = JdbcClient.create(pool);
    jdbc.sql("INSERT INTO t (v) VALUES (?)").param("v21").update();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM t").query(Integer.class).single()).isEqualTo(21);
  }

  @Test
  void atMostSizeStatementsAreKeptAndTheLeastRecentlyUsedGoesFirst() throws SQLException {
    List<JDBC3PreparedStatement> used = new ArrayList<>();
    try (Connection c = pool.getConnection()) {
      for (int i = 0; i < SIZE + 2; i++) {
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM t WHERE id = " + (i + 1))) {
          ps.executeQuery().close();
          used.add(ps.unwrap(JDBC3PreparedStatement.class));
        }
      }
    }
    assertThat(used.subList(0, 2)).allMatch(this::closed);
    assertThat(used.subList(2, SIZE + 2)).noneMatch(this::closed);
  }

  @Test
  void schemaChangesAndPragmasAreNeverKept() throws SQLException {
    assertThat(StatementCache.keepable("  select 1")).isTrue();
    assertThat(StatementCache.keepable("WITH x AS (SELECT 1) SELECT * FROM x")).isTrue();
    assertThat(StatementCache.keepable("\n INSERT INTO t (v) VALUES (1)")).isTrue();
    assertThat(StatementCache.keepable("ALTER TABLE t ADD COLUMN w TEXT")).isFalse();
    assertThat(StatementCache.keepable("CREATE TABLE u (id INTEGER)")).isFalse();
    assertThat(StatementCache.keepable("PRAGMA wal_checkpoint(TRUNCATE)")).isFalse();
    assertThat(StatementCache.keepable("SELECTED")).isFalse();
    JDBC3PreparedStatement ddl;
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("CREATE TABLE u (id INTEGER)")) {
      ps.executeUpdate();
      ddl = ps.unwrap(JDBC3PreparedStatement.class);
    }
    assertThat(ddl.isClosed()).isTrue();
  }

  @Test
  void closingTheConnectionClosesWhatItKeeps() throws SQLException {
    JDBC3PreparedStatement kept;
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT v FROM t")) {
      ps.executeQuery().close();
      kept = ps.unwrap(JDBC3PreparedStatement.class);
    }
    assertThat(kept.isClosed()).isFalse();
    pool.close();
    assertThat(kept.isClosed()).isTrue();
  }

  @Test
  void theDriverConnectionIsStillReachableForTheTransactionManager() throws SQLException {
    try (Connection c = pool.getConnection()) {
      assertThat(c.isWrapperFor(SQLiteConnection.class)).isTrue();
      assertThat(c.unwrap(SQLiteConnection.class).getConnectionConfig().isAutoCommit()).isTrue();
      try (PreparedStatement ps = c.prepareStatement("SELECT 1")) {
        assertThat(ps.getConnection()).isNotNull();
        assertThat(ps.isClosed()).isFalse();
        ps.close();
        assertThat(ps.isClosed()).isTrue();
        assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class);
      }
    }
  }

  @Test
  void aNewRowsIdComesFromReturningWithoutTheDriversHiddenQuery() throws SQLException {
    JdbcClient jdbc = JdbcClient.create(pool);
    long id =
        jdbc.sql("INSERT INTO t (v) VALUES (:v) RETURNING id")
            .param("v", "new")
            .query(Long.class)
            .single();
    assertThat(id).isEqualTo(21);
    assertThat(
            jdbc.sql("INSERT INTO t (v) VALUES (:v) ON CONFLICT DO NOTHING RETURNING id")
                .param("v", "new")
                .query(Long.class)
                .optional())
        .as("nothing inserted, no id")
        .isEmpty();
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES ('other')")) {
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        assertThat(keys.next()).as("the driver ran no SELECT last_insert_rowid()").isFalse();
      }
    }
  }

  private boolean closed(JDBC3PreparedStatement statement) {
    return statement.isClosed();
  }
}
