package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.BotApiSpec;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * SIGTERM, as systemd sends it, to the bot running in its own JVM with a long poll in flight and
 * replies still queued: it exits promptly, and after a restart on the same data folder (and
 * database) every update is handled and every reply shown exactly once.
 */
class ShutdownTests {

  private static final String TOKEN = "987654:shutdown-secret-token";
  private static final String GREETING = "Trần Quốc Bình";
  private static final String HELP = "Các lệnh của bạn";
  private static final String SWITCHED = "Switched to English";
  private static final int HELPS = 5;

  @TempDir Path work;
  @RegisterExtension final ProcessDatabase database = new ProcessDatabase();
  private final BotApiEmulator emulator = BotApiEmulator.start(TOKEN);

  @AfterEach
  void closeEmulator() {
    emulator.close();
  }

  @Test
  void sigtermStopsWithinTenSecondsAndARestartLosesAndRepeatsNothing() throws Exception {
    emulator.requestValidator(new BotApiSpec());
    Path config = copyExampleConfig(work.resolve("config"));
    Path data = work.resolve("data");
    Path log = work.resolve("bot.log");
    EmulatedUser director = emulator.user(100001, null, "Bình");
    List<Long> updates = new ArrayList<>();

    BotProcess.Exit first;
    try (BotProcess bot =
        BotProcess.classPath(arguments(config, data), database.environment(), work, log)) {
      updates.add(director.send("/start"));
      awaitShown(director, GREETING, 1, Duration.ofSeconds(90));
      // Commands in a burst: the first reply goes out, later ones supersede what waits for the
      // ones before (issue 12's flood rule), so the last reply and the note saying so still wait,
      // one a second, when the stop comes.
      for (int i = 0; i < HELPS; i++) {
        updates.add(director.send(i == HELPS - 1 ? "/lang" : i % 2 == 0 ? "/help" : "/my"));
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> handled(data).keySet().containsAll(updates));
      await().atMost(Duration.ofSeconds(5)).until(() -> emulator.longPollsWaiting() > 0);
      first = bot.terminate(Duration.ofSeconds(10));
    }

    System.out.println("SIGTERM to exit: " + first.took().toMillis() + " ms, code " + first.code());
    assertThat(first.code()).as("exit code after SIGTERM").isIn(0, 143);
    assertThat(first.took()).isLessThan(Duration.ofSeconds(10));
    assertThat(shown(director, HELP)).as("replies shown before the stop").isLessThan(2);
    assertThat(outbox(data))
        .as("replies still queued at the stop, kept for the restart")
        .anySatisfy(row -> assertThat(row.status()).isEqualTo("pending"));

    BotProcess.Exit second;
    try (BotProcess bot =
        BotProcess.classPath(arguments(config, data), database.environment(), work, log)) {
      awaitShown(director, SWITCHED, 1, Duration.ofSeconds(90));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> handled(data).keySet().containsAll(updates));
      second = bot.terminate(Duration.ofSeconds(10));
    }

    System.out.println("SIGTERM to exit after restart: " + second.took().toMillis() + " ms");
    assertThat(second.code()).isIn(0, 143);
    assertThat(handled(data)).containsKeys(updates.toArray(Long[]::new)).doesNotContainValue(true);
    List<OutboxRow> rows = outbox(data);
    assertThat(rows).allSatisfy(row -> assertThat(row.status()).isIn("sent", "coalesced"));
    // A delivery cut off by the stop may have reached Telegram: only then may a reply show twice.
    int retried =
        rows.stream().filter(r -> r.status().equals("sent")).mapToInt(r -> r.attempts() - 1).sum();
    assertThat(shown(director, GREETING)).isBetween(1, 1 + retried);
    // The first reply and the last command's; those between were superseded (or, identical to
    // one still waiting, not queued twice), never sent, and keep no text.
    assertThat(shown(director, SWITCHED)).isBetween(1, 1 + retried);
    assertThat(shown(director, HELP)).isBetween(0, 2 + retried);
    assertThat(rows).anySatisfy(row -> assertThat(row.status()).isEqualTo("coalesced"));
    assertThat(emulator.violations()).isEmpty();
    String output = Files.readString(log);
    assertThat(output).contains("Connected to the Bot API").doesNotContain(TOKEN);
    assertThat(output.split(database.poolName() + " - Shutdown completed", -1))
        .as("both runs closed the context down to the database pool")
        .hasSize(3);
    assertThat(output).doesNotContain("did not stop in time");
  }

  private List<String> arguments(Path config, Path data) {
    return List.of(
        "--telegram.bot-token=" + TOKEN,
        "--telegram.api-url=" + emulator.baseUrl(),
        "--telegram.poll-timeout=25s",
        "--exemplar.config-dir=" + config,
        "--exemplar.data-dir=" + data,
        "--server.port=0");
  }

  private void awaitShown(EmulatedUser user, String fragment, int times, Duration limit) {
    await().atMost(limit).until(() -> shown(user, fragment) >= times);
  }

  private static int shown(EmulatedUser user, String fragment) {
    return (int)
        user.chat().stream()
            .filter(m -> m.fromBot() && m.text() != null && m.text().contains(fragment))
            .count();
  }

  static Path copyExampleConfig(Path target) throws IOException {
    Files.createDirectories(target);
    for (String file : List.of("roster.yml", "settings.yml")) {
      Files.copy(Path.of("bot-config", file), target.resolve(file));
    }
    return target;
  }

  /** Stored update ids, each with whether it failed; only handled ones. */
  private Map<Long, Boolean> handled(Path data) throws SQLException {
    Map<Long, Boolean> handled = new HashMap<>();
    try (Connection db = database.connect(data);
        ResultSet rs =
            db.createStatement()
                .executeQuery("SELECT update_id, failed FROM inbox WHERE handled_at IS NOT NULL")) {
      while (rs.next()) {
        handled.put(rs.getLong(1), rs.getInt(2) != 0);
      }
    }
    return handled;
  }

  private List<OutboxRow> outbox(Path data) throws SQLException {
    List<OutboxRow> rows = new ArrayList<>();
    try (Connection db = database.connect(data);
        ResultSet rs =
            db.createStatement()
                .executeQuery("SELECT id, method, status, attempts FROM outbox ORDER BY id")) {
      while (rs.next()) {
        rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
      }
    }
    return rows;
  }

  private record OutboxRow(long id, String method, String status, int attempts) {}
}
