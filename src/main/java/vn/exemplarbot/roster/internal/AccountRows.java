package vn.exemplarbot.roster.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.exemplarbot.roster.Account;
import vn.exemplarbot.storage.Columns;

/** SQL of the account table. */
@Repository
public class AccountRows {

  private static final String COLUMNS =
      "person_id, telegram_id, chat_id, language, bound_by, bound_at, registered_at";

  private final JdbcClient jdbc;

  AccountRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> byPerson(String personId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE person_id = :p")
        .param("p", personId)
        .query(AccountRows::map)
        .optional();
  }

  public Optional<Account> byTelegramId(long telegramId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE telegram_id = :t")
        .param("t", telegramId)
        .query(AccountRows::map)
        .optional();
  }

  public List<Account> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM account").query(AccountRows::map).list();
  }

  /** Binds (or rebinds) a person to an account and registers the chat. */
  public void bind(String personId, long telegramId, long chatId, String boundBy, Instant at) {
    jdbc.sql(
            """
            INSERT INTO account (person_id, telegram_id, chat_id, bound_by, bound_at, registered_at)
            VALUES (:p, :t, :c, :by, :at, :at)
            ON CONFLICT (person_id) DO UPDATE SET telegram_id = :t, chat_id = :c, bound_by = :by,
                bound_at = :at, registered_at = :at
            """)
        .param("p", personId)
        .param("t", telegramId)
        .param("c", chatId)
        .param("by", boundBy)
        .param("at", at.toEpochMilli())
        .update();
  }

  public void registerChat(String personId, long chatId, Instant at) {
    jdbc.sql(
            "UPDATE account SET chat_id = :c, registered_at = COALESCE(registered_at, :at)"
                + " WHERE person_id = :p")
        .param("p", personId)
        .param("c", chatId)
        .param("at", at.toEpochMilli())
        .update();
  }

  public void setLanguage(String personId, String language) {
    jdbc.sql("UPDATE account SET language = :l WHERE person_id = :p")
        .param("p", personId)
        .param("l", language)
        .update();
  }

  /** Whether the menu last recorded for this person has this digest. */
  public boolean menuIs(String personId, String digest) {
    return jdbc.sql("SELECT count(*) FROM account WHERE person_id = :p AND menu_digest = :d")
            .param("p", personId)
            .param("d", digest)
            .query(Integer.class)
            .single()
        > 0;
  }

  public void setMenu(String personId, String digest) {
    jdbc.sql("UPDATE account SET menu_digest = :d WHERE person_id = :p")
        .param("p", personId)
        .param("d", digest)
        .update();
  }

  public int delete(String personId) {
    return jdbc.sql("DELETE FROM account WHERE person_id = :p").param("p", personId).update();
  }

  private static Account map(ResultSet rs, int row) throws SQLException {
    long registered = rs.getLong("registered_at");
    boolean neverRegistered = rs.wasNull();
    return new Account(
        rs.getString("person_id"),
        rs.getLong("telegram_id"),
        Columns.nullableLong(rs, "chat_id"),
        rs.getString("language"),
        rs.getString("bound_by"),
        Instant.ofEpochMilli(rs.getLong("bound_at")),
        neverRegistered ? null : Instant.ofEpochMilli(registered));
  }
}
