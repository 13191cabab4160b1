package vn.exemplarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The PostgreSQL migrations end with the schema the SQLite ones end with (issue 14), as JDBC's
 * metadata tells it: the same tables; their columns in the same order with the same kind of type
 * (INTEGER and BIGINT are both SQLite's INTEGER), nullability and default; the same primary keys,
 * indexes and foreign keys. Needs a PostgreSQL server: skipped unless {@code
 * EXEMPLAR_TEST_DATABASE_URL} holds the URL of a user who may create databases ({@code
 * jdbc:postgresql://host:port/postgres?user=…&password=…}); the test creates a fresh database and
 * drops it afterwards. CHECK constraints and partial indexes' conditions are not in JDBC's
 * metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaParityTests {

  static final String ADMIN_URL = System.getenv("EXEMPLAR_TEST_DATABASE_URL");

  String database;
  Schema sqlite;
  Schema postgresql;

  @BeforeAll
  void migrateBoth(@TempDir Path work) throws SQLException {
    if (ADMIN_URL == null || ADMIN_URL.isBlank()) {
      return;
    }
    SQLiteDataSource file = new SQLiteDataSource();
    file.setUrl("jdbc:sqlite:" + work.resolve("parity.db"));
    sqlite = migrate(file, "sqlite");
    String fresh = "exemplar_parity_" + UUID.randomUUID().toString().replace("-", "");
    String url = urlOf(fresh);
    admin("CREATE DATABASE " + fresh);
    database = fresh;
    postgresql = migrate(new DriverManagerDataSource(url), "postgresql");
  }

  /** Each test is reported skipped, not silently absent, without a server. */
  @BeforeEach
  void needsPostgresql() {
    assumeTrue(postgresql != null, "EXEMPLAR_TEST_DATABASE_URL is not set");
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (database != null) {
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @Test
  void hasTheSameTables() {
    assertThat(sqlite.columns()).isNotEmpty();
    assertThat(postgresql.columns().keySet()).containsExactlyElementsOf(sqlite.columns().keySet());
  }

  @Test
  void hasTheSameColumnsInTheSameOrder() {
    SoftAssertions.assertSoftly(
        softly ->
            sqlite
                .columns()
                .forEach(
                    (table, columns) ->
                        softly
                            .assertThat(postgresql.columns().get(table))
                            .as(table)
                            .containsExactlyElementsOf(columns)));
  }

  @Test
  void hasTheSamePrimaryKeys() {
    assertThat(sqlite.primaryKeys()).containsKeys("inbox", "outbox", "ballot_voter");
    assertThat(postgresql.primaryKeys()).isEqualTo(sqlite.primaryKeys());
  }

  @Test
  void hasTheSameIndexes() {
    assertThat(sqlite.indexes().get("ballot"))
        .contains(new Index("ballot_one_open", true, List.of("state")));
    assertThat(postgresql.indexes()).isEqualTo(sqlite.indexes());
  }

  @Test
  void hasTheSameForeignKeys() {
    assertThat(sqlite.foreignKeys()).containsKey("nomination_answer");
    assertThat(postgresql.foreignKeys()).isEqualTo(sqlite.foreignKeys());
  }

  static Schema migrate(DataSource data, String vendor) throws SQLException {
    Flyway.configure()
        .dataSource(data)
        .locations("classpath:db/migration/" + vendor)
        .load()
        .migrate();
    try (Connection c = data.getConnection()) {
      return Schema.read(c.getMetaData(), c.getSchema());
    }
  }

  static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(ADMIN_URL);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The admin URL with its database replaced, host list and parameters kept. */
  static String urlOf(String database) {
    if (!ADMIN_URL.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          "EXEMPLAR_TEST_DATABASE_URL must read jdbc:postgresql://host:port/database?user=…");
    }
    return ADMIN_URL.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + database);
  }

  /** A column as both databases can say it: SQLite's INTEGER is PostgreSQL's INTEGER or BIGINT. */
  record Column(String name, String type, boolean nullable, String defaultValue) {}

  /** An index; those a UNIQUE constraint made carry no name (each database names them its way). */
  record Index(String name, boolean unique, List<String> columns) {}

  record ForeignKey(String column, String table, String referenced, int onDelete) {}

  record Schema(
      Map<String, List<Column>> columns,
      Map<String, List<String>> primaryKeys,
      Map<String, Set<Index>> indexes,
      Map<String, Set<ForeignKey>> foreignKeys) {

    static Schema read(DatabaseMetaData meta, String schema) throws SQLException {
      Schema s = new Schema(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
      for (String table : tables(meta, schema)) {
        List<String> key = primaryKey(meta, schema, table);
        s.columns().put(table, columns(meta, schema, table, key));
        if (!key.isEmpty()) {
          s.primaryKeys().put(table, key);
        }
        Set<Index> indexes = indexes(meta, schema, table, key);
        if (!indexes.isEmpty()) {
          s.indexes().put(table, indexes);
        }
        Set<ForeignKey> foreignKeys = foreignKeys(meta, schema, table);
        if (!foreignKeys.isEmpty()) {
          s.foreignKeys().put(table, foreignKeys);
        }
      }
      return s;
    }

    static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (!name.startsWith("sqlite_") && !name.equals("flyway_schema_history")) {
            tables.add(name);
          }
        }
      }
      return tables;
    }

    static List<String> primaryKey(DatabaseMetaData meta, String schema, String table)
        throws SQLException {
      Map<Integer, String> key = new TreeMap<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
        while (rs.next()) {
          key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
      }
      return List.copyOf(key.values());
    }

    /** SQLite lets a TEXT primary key hold NULL; a key column counts as NOT NULL on both. */
    static List<Column> columns(
        DatabaseMetaData meta, String schema, String table, List<String> key) throws SQLException {
      Map<Integer, Column> columns = new TreeMap<>();
      try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
        while (rs.next()) {
          String name = rs.getString("COLUMN_NAME");
          boolean nullable = "YES".equals(rs.getString("IS_NULLABLE")) && !key.contains(name);
          String type = kind(rs.getString("TYPE_NAME"));
          String fallback = rs.getString("COLUMN_DEF");
          fallback = fallback == null ? null : fallback.replaceFirst("::text$", "");
          columns.put(rs.getInt("ORDINAL_POSITION"), new Column(name, type, nullable, fallback));
        }
      }
      return List.copyOf(columns.values());
    }

    static String kind(String type) {
      return switch (type.toLowerCase(Locale.ROOT)) {
        case "integer", "int4", "int8", "bigint" -> "integer";
        case "blob", "bytea" -> "bytes";
        default -> type.toLowerCase(Locale.ROOT);
      };
    }

    /** Every index but the primary key's (SQLite has none for an INTEGER PRIMARY KEY). */
    static Set<Index> indexes(DatabaseMetaData meta, String schema, String table, List<String> key)
        throws SQLException {
      Map<String, Map<Integer, String>> columns = new TreeMap<>();
      Set<String> unique = new TreeSet<>();
      try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, true)) {
        while (rs.next()) {
          String name = rs.getString("INDEX_NAME");
          if (name == null) {
            continue;
          }
          columns
              .computeIfAbsent(name, n -> new TreeMap<>())
              .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
          if (!rs.getBoolean("NON_UNIQUE")) {
            unique.add(name);
          }
        }
      }
      Set<Index> indexes = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
      columns.forEach(
          (name, byPosition) -> {
            List<String> on = List.copyOf(byPosition.values());
            boolean isUnique = unique.contains(name);
            if (!(isUnique && on.equals(key))) {
              indexes.add(new Index(ownName(name, table, on), isUnique, on));
            }
          });
      return indexes;
    }

    /** Null for the index of a UNIQUE constraint: sqlite_autoindex_… or PostgreSQL's …_key. */
    static String ownName(String name, String table, List<String> columns) {
      boolean made =
          name.startsWith("sqlite_autoindex_")
              || name.equals(table + "_" + String.join("_", columns) + "_key");
      return made ? null : name;
    }

    static Set<ForeignKey> foreignKeys(DatabaseMetaData meta, String schema, String table)
        throws SQLException {
      Set<ForeignKey> keys = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
      try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
        while (rs.next()) {
          keys.add(
              new ForeignKey(
                  rs.getString("FKCOLUMN_NAME"),
                  rs.getString("PKTABLE_NAME"),
                  rs.getString("PKCOLUMN_NAME"),
                  rs.getInt("DELETE_RULE")));
        }
      }
      return keys;
    }
  }
}
