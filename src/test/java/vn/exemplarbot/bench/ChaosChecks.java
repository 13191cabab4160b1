package vn.exemplarbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import vn.exemplarbot.sandbox.RecordedRequest;

/**
 * The promises, checked after the chaos run from the database the bot left and the emulator's
 * records. Each broken one is added to the run's problems, named.
 */
final class ChaosChecks {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VOTE_DATA = Pattern.compile("vote:(ok|p):\\d+:\\d+:[ADN]");

  private final ChaosRun run;
  private final ChaosWorld world;

  ChaosChecks(ChaosRun run, ChaosWorld world) {
    this.run = run;
    this.world = world;
  }

  void all() throws SQLException, IOException {
    try (Connection db = run.connection()) {
      updatesAppliedOnce(db);
      votesCountedOnce(db);
      remindersOnce(db);
      outboxRowsSettled(db);
      duplicatesTraced(db);
      nothingSecretKept(db);
    }
    secretsNotInTheFiles();
  }

  /** Every update the people sent is in the inbox, handled, none set aside. */
  private void updatesAppliedOnce(Connection db) throws SQLException {
    Set<Long> stored = new HashSet<>();
    int unhandled = 0;
    int failed = 0;
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT update_id, handled_at, failed FROM inbox")) {
      while (rs.next()) {
        stored.add(rs.getLong(1));
        rs.getLong(2);
        if (rs.wasNull()) {
          unhandled++;
        }
        failed += rs.getInt(3);
      }
    }
    Set<Long> lost = new HashSet<>(run.updates);
    lost.removeAll(stored);
    check(lost.isEmpty(), "updates lost (sent, never stored): " + sample(lost));
    check(unhandled == 0, unhandled + " updates stored but never applied");
    check(failed == 0, failed + " updates set aside as failed");
    int nominations =
        count(
            db,
            "SELECT count(*) FROM nomination WHERE code > "
                + ChaosRun.NOMINATIONS
                + " AND state <> 'draft'");
    check(
        nominations == run.nominationsSent.get(),
        "nominations: the people sent "
            + run.nominationsSent.get()
            + ", the bot holds "
            + nominations);
  }

  /**
   * The box holds exactly the confirmed choices, and every voter row is marked once. On PostgreSQL
   * the box's choices are sealed under the ballot key: there the count the bot recorded when it
   * closed the ballot (its facts, counted from the box it decrypted) is compared instead.
   */
  private void votesCountedOnce(Connection db) throws SQLException {
    Map<String, Integer> box = run.databaseUrl == null ? boxCount(db) : closedCount(db);
    Map<String, Integer> expected = new HashMap<>();
    run.expectedVotes.forEach((k, v) -> expected.put(k, v.get()));
    check(box.equals(expected), "the box " + box + " is not what was confirmed " + expected);
    int marked = count(db, "SELECT count(*) FROM ballot_voter WHERE voted = 1");
    int confirmed = expected.values().stream().mapToInt(Integer::intValue).sum();
    check(
        marked == confirmed, marked + " voter rows marked for " + confirmed + " confirmed choices");
  }

  private static Map<String, Integer> boxCount(Connection db) throws SQLException {
    Map<String, Integer> box = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT 'N-' || n.code || ':' || b.choice, count(*) FROM ballot_box b"
                    + " JOIN nomination n ON n.id = b.nomination_id WHERE b.choice <> '-'"
                    + " GROUP BY n.code, b.choice")) {
      while (rs.next()) {
        box.put(rs.getString(1), rs.getInt(2));
      }
    }
    return box;
  }

  private static Map<String, Integer> closedCount(Connection db) throws SQLException {
    Map<String, Integer> counted = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT facts FROM ballot WHERE facts IS NOT NULL")) {
      while (rs.next()) {
        JsonNode facts;
        try {
          facts = JSON.readTree(rs.getString(1));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (JsonNode line : facts.path("lines")) {
          String code = line.path("code").asText();
          for (String[] kind :
              new String[][] {{"agree", "A"}, {"disagree", "D"}, {"abstain", "N"}}) {
            int n = line.path(kind[0]).asInt();
            if (n > 0) {
              counted.merge(code + ":" + kind[1], n, Integer::sum);
            }
          }
        }
      }
    }
    return counted;
  }

  /** The fan-out moment: every head recorded once and told once (or more only when traced). */
  private void remindersOnce(Connection db) throws SQLException {
    int recorded =
        count(db, "SELECT count(*) FROM reminder_sent WHERE person_id LIKE 'fan-head-%'");
    check(
        recorded == world.heads().size(),
        recorded + " reminders recorded for " + world.heads().size() + " heads");
    Map<Long, Integer> told = new HashMap<>();
    for (RecordedRequest r : delivered()) {
      if (String.valueOf(r.params().get("text")).contains("Nhắc hạn")) {
        told.merge(chat(r), 1, Integer::sum);
      }
    }
    long heads = world.heads().stream().filter(h -> told.containsKey(h.chatId())).count();
    check(heads == world.heads().size(), heads + " of " + world.heads().size() + " heads reminded");
    int fired =
        count(
            db,
            "SELECT count(*) FROM due_action WHERE fired_at IS NULL AND due_at < "
                + System.currentTimeMillis());
    check(fired == 0, fired + " timed actions due and never run");
  }

  /** Every outbox row in one final state: nothing pending once settled. */
  private void outboxRowsSettled(Connection db) throws SQLException {
    Map<String, Integer> states = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT status, count(*) FROM outbox GROUP BY status")) {
      while (rs.next()) {
        states.put(rs.getString(1), rs.getInt(2));
      }
    }
    run.say("outbox rows by final state: %s", states);
    Set<String> unknown = new HashSet<>(states.keySet());
    unknown.removeAll(Set.of("sent", "refused", "coalesced", "held"));
    check(unknown.isEmpty(), "outbox rows in no final state: " + unknown + " of " + states);
  }

  /**
   * A row delivered more than once: its fate was unknown at some attempt (counted in the row), or
   * the bot was killed between the first delivery and the next (it could not write the first).
   */
  private void duplicatesTraced(Connection db) throws SQLException {
    Map<Long, List<Long>> deliveries = new HashMap<>();
    int untagged = 0;
    for (RecordedRequest r : delivered()) {
      if (r.outboxId() == null) {
        untagged++;
      } else {
        deliveries.computeIfAbsent(r.outboxId(), k -> new ArrayList<>()).add(r.receivedNanos());
      }
    }
    int twice = 0;
    int untraced = 0;
    List<Long> examples = new ArrayList<>();
    for (Map.Entry<Long, List<Long>> e : deliveries.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      twice++;
      long first = e.getValue().stream().mapToLong(Long::longValue).min().getAsLong();
      long last = e.getValue().stream().mapToLong(Long::longValue).max().getAsLong();
      boolean killed = run.kills.stream().anyMatch(k -> k > first && k < last);
      boolean unknown =
          count(db, "SELECT coalesce(max(unknown_fates), 0) FROM outbox WHERE id = " + e.getKey())
              > 0;
      boolean gone = count(db, "SELECT count(*) FROM outbox WHERE id = " + e.getKey()) == 0;
      if (!killed && !unknown && !gone) {
        untraced++;
        examples.add(e.getKey());
        if (untraced <= 3) {
          for (RecordedRequest r : delivered()) {
            if (e.getKey().equals(r.outboxId())) {
              run.say(
                  "  row %d: %s to chat %s, status %d, fault %s, at %d ms",
                  e.getKey(),
                  r.method(),
                  r.params().get("chat_id"),
                  r.status(),
                  r.fault(),
                  TimeUnit.NANOSECONDS.toMillis(r.receivedNanos() - first));
            }
          }
        }
      }
    }
    run.say(
        "rows delivered more than once: %d (untraced %d); deliveries without an outbox id: %d",
        twice, untraced, untagged);
    check(
        untraced == 0,
        untraced
            + " rows delivered twice with no unknown fate or kill between: "
            + sample(examples));
  }

  /** No ballot choice or receipt kept in the outbox or the inbox once settled. */
  private void nothingSecretKept(Connection db) throws SQLException {
    check(
        count(db, "SELECT count(*) FROM outbox WHERE ephemeral = 1") == 0,
        "ephemeral outbox rows kept");
    check(
        count(db, "SELECT count(*) FROM inbox WHERE payload IS NOT NULL") == 0,
        "update payloads kept after handling");
  }

  /**
   * The raw bytes of the database and its log hold no vote's callback data and no message that
   * shows a choice or a receipt (the cards offer every choice, so their buttons are no secret, but
   * they are sent and dropped by the time the run has settled).
   */
  private void secretsNotInTheFiles() throws IOException {
    if (run.databaseUrl != null) {
      noSecretIn("a pg_dump of the database", PgDump.of(run.databaseUrl, run.work));
      return;
    }
    Path data = run.work.resolve("data");
    for (String name : List.of("exemplar.db", "exemplar.db-wal")) {
      Path file = data.resolve(name);
      if (Files.exists(file)) {
        noSecretIn(name, Files.readAllBytes(file));
      }
    }
  }

  private void noSecretIn(String name, byte[] content) {
    String bytes = new String(content, StandardCharsets.ISO_8859_1);
    check(!VOTE_DATA.matcher(bytes).find(), name + " holds a vote's callback data");
    for (String text : List.of("bạn chọn «", "Mã phiếu", "you chose «", "Your receipt")) {
      String raw = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      check(!bytes.contains(raw), name + " holds a choice or receipt message («" + text + "»)");
    }
  }

  private List<RecordedRequest> delivered() {
    return run.emulator.requests().stream()
        .filter(r -> r.method().equals("sendMessage") || r.method().equals("sendDocument"))
        .filter(r -> r.status() == 200 || "DROP_AFTER".equals(r.fault()))
        .toList();
  }

  private static long chat(RecordedRequest r) {
    return Long.parseLong(String.valueOf(r.params().get("chat_id")));
  }

  private static int count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : -1;
    }
  }

  private void check(boolean held, String broken) {
    if (!held) {
      run.problems.add(broken);
    }
  }

  private static String sample(java.util.Collection<Long> ids) {
    return ids.stream().limit(10).toList() + (ids.size() > 10 ? " …" : "");
  }

  static int sum(Map<String, AtomicInteger> counts) {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
