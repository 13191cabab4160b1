package vn.exemplarbot.ballot.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.exemplarbot.storage.BallotKey;
import vn.exemplarbot.storage.Database;
import vn.exemplarbot.storage.StartupRefusedException;
import vn.exemplarbot.storage.StartupTexts;

/**
 * At start on PostgreSQL, the ballot key against what the database recorded ({@code ballot_key}:
 * each key's id and check value): a key that matches none (nor does the previous one), or no key
 * while ballots are sealed under one, is refused with the fix, never a surprise at the close. The
 * first start with a key records it, and a rotation ({@code EXEMPLAR_BALLOT_KEY_PREVIOUS} matching
 * the recorded key) records the new one.
 */
@Component
class BallotKeyCheck implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(BallotKeyCheck.class);

  private final JdbcClient jdbc;
  private final BallotKey key;
  private final Clock clock;
  private final boolean sqlite;

  BallotKeyCheck(JdbcClient jdbc, BallotKey key, Clock clock, Environment environment) {
    this.jdbc = jdbc;
    this.key = key;
    this.clock = clock;
    this.sqlite = Database.of(environment).sqlite();
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (sqlite) {
      if (key.present()) {
        log.info("A ballot key is set; on SQLite it is not used (the box keeps its own design)");
      }
      return;
    }
    if (key.present()) {
      checkAgainstRecorded();
    } else {
      sealedUnder().ifPresent(id -> refuse("storage.ballot-key.missing", id));
    }
  }

  private void checkAgainstRecorded() {
    Map<String, String> recorded = new LinkedHashMap<>();
    jdbc.sql("SELECT key_id, key_check FROM ballot_key ORDER BY recorded_at DESC, key_id")
        .query((rs, n) -> recorded.put(rs.getString(1), rs.getString(2)))
        .list();
    String id = key.id().orElseThrow();
    Optional<String[]> previous = key.previousIdAndCheck();
    if (!recorded.isEmpty()) {
      String newest = recorded.keySet().iterator().next();
      boolean current = key.check().orElseThrow().equals(recorded.get(id));
      if (previous.isPresent() && !previous.get()[1].equals(recorded.get(previous.get()[0]))) {
        refuse("storage.ballot-key.mismatch", previous.get()[0], newest);
      }
      if (!current && previous.isEmpty()) {
        refuse("storage.ballot-key.mismatch", id, newest);
      }
    }
    if (!recorded.containsKey(id)) {
      jdbc.sql(
              "INSERT INTO ballot_key (key_id, key_check, recorded_at) VALUES (:id, :check, :at)"
                  + " ON CONFLICT DO NOTHING")
          .param("id", id)
          .param("check", key.check().orElseThrow())
          .param("at", clock.millis())
          .update();
      log.info("Ballot key {} recorded (its id and check value only)", id);
    }
    openUnder()
        .filter(k -> key.withId(k).isEmpty())
        .ifPresent(k -> refuse("storage.ballot-key.missing", k));
  }

  /** The key id of the newest ballot sealed under a key, if any. */
  private Optional<String> sealedUnder() {
    return jdbc.sql("SELECT key_id FROM ballot WHERE key_id IS NOT NULL ORDER BY id DESC LIMIT 1")
        .query(String.class)
        .optional();
  }

  private Optional<String> openUnder() {
    return jdbc.sql("SELECT key_id FROM ballot WHERE key_id IS NOT NULL AND state = 'open'")
        .query(String.class)
        .optional();
  }

  private static void refuse(String problem, String... ids) {
    throw new StartupRefusedException(
        StartupTexts.both(problem, (Object[]) ids),
        StartupTexts.both(problem + ".fix", (Object[]) ids));
  }
}
