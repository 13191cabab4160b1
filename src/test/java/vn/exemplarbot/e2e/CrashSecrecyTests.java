package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.BotApiSpec;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Secrecy after a crash (issue 12, finding 3): the bot in its own JVM is killed with {@code kill
 * -9} right after a vote committed and its receipt was delivered, before the checkpoint that
 * empties the write-ahead log (held back by the test-only {@code exemplar.scrub.test-delay}). The
 * copy of the files taken right after the kill still holds the vote's frames (its button data, its
 * receipt message); after a restart, a copy taken as soon as the bot polls again holds none of
 * them: the log is truncated at start, before the first update.
 */
@SqliteOnly("reads the SQLite file and its write-ahead log for the vote; on PostgreSQL, issue 15")
class CrashSecrecyTests {

  private static final String TOKEN = "246810:crash-secrecy-token";
  private static final Pattern CHOICE_DATA = Pattern.compile("vote:(ok|p):\\d+:\\d+:[ADN]");
  private static final List<String> CHOICE_TEXTS = List.of("bạn chọn «", "Mã phiếu");

  @TempDir Path work;
  private final BotApiEmulator emulator = BotApiEmulator.start(TOKEN);

  @AfterEach
  void closeEmulator() {
    emulator.close();
  }

  @Test
  void aKillBetweenAVoteAndItsCheckpointLeavesNothingOnceTheBotStartsAgain() throws Exception {
    emulator.requestValidator(new BotApiSpec());
    Path config = ShutdownTests.copyExampleConfig(work.resolve("config"));
    BallotSteps.councilRules(config);
    Path data = work.resolve("data");
    Path log = work.resolve("bot.log");
    try (BotProcess bot = BotProcess.classPath(arguments(config, data, "PT0S"), work, log)) {
      awaitPolling();
      bot.terminate(Duration.ofSeconds(15));
    }
    appraisedCollective(data);

    EmulatedUser lan = emulator.user(BallotSteps.LAN, null, "Lan");
    EmulatedUser an = emulator.user(BallotSteps.AN, null, "An");
    try (BotProcess bot = BotProcess.classPath(arguments(config, data, "PT60S"), work, log)) {
      awaitPolling();
      // The whole council registered: no card waits, held with its buttons, for a latecomer.
      for (long member :
          List.of(BallotSteps.BINH, BallotSteps.TUAN, BallotSteps.DUC, BallotSteps.THANG)) {
        exchange(emulator.user(member, null, "M"), "/start", "Xin chào");
      }
      exchange(emulator.user(BallotSteps.HA, "lethithuha", "Hà"), "/start", "Xin chào");
      exchange(lan, "/start", "Xin chào");
      exchange(an, "/start", "Xin chào");
      ChatMessage preview = exchange(lan, "/ballot_open", "Mở phiếu bầu kín");
      lan.press(preview.messageId(), preview.buttons().get(0).callbackData());
      awaitText(lan, "Đã mở phiếu bầu kín số 1");
      ChatMessage card = awaitText(an, "Đề cử N-1");
      String agree = card.buttons().get(0).callbackData();
      an.press(card.messageId(), agree);
      an.press(card.messageId(), agree.replace("vote:p:", "vote:ok:"));
      awaitText(an, "Mã phiếu");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  count(
                          data,
                          "SELECT count(*) FROM outbox WHERE ephemeral = 1 OR status = 'pending'")
                      == 0);
      bot.kill();
    }
    Path crashed = copy(data, work.resolve("after-kill"));
    assertThat(secretsIn(crashed))
        .as("what the kill left in the files (the log was never checkpointed)")
        .isNotEmpty();

    int connected = connections(log);
    try (BotProcess bot = BotProcess.classPath(arguments(config, data, "PT0S"), work, log)) {
      // Not the killed bot's last long poll: this one's first words.
      await().atMost(Duration.ofSeconds(90)).until(() -> connections(log) > connected);
      Path restarted = copy(data, work.resolve("after-restart"));
      assertThat(secretsIn(restarted)).as("what the restarted bot's files hold").isEmpty();
      bot.terminate(Duration.ofSeconds(15));
    }
    String logged = Files.readString(log);
    assertThat(logged).doesNotContain(TOKEN);
    // Every press and every receipt has its line (issue 13), and none says what was chosen.
    assertThat(logged).containsPattern("Update \\d+ press from " + BallotSteps.AN + ": applied");
    assertThat(logged).doesNotContainPattern(CHOICE_DATA.pattern());
    assertThat(logged).doesNotContain(CHOICE_TEXTS);
  }

  private List<String> arguments(Path config, Path data, String scrubDelay) {
    return List.of(
        "--telegram.bot-token=" + TOKEN,
        "--telegram.api-url=" + emulator.baseUrl(),
        "--telegram.poll-timeout=2s",
        "--exemplar.config-dir=" + config,
        "--exemplar.data-dir=" + data,
        "--exemplar.scrub.test-delay=" + scrubDelay,
        "--server.port=0");
  }

  private static int connections(Path log) throws IOException {
    return Files.exists(log)
        ? Files.readString(log).split("Connected to the Bot API", -1).length - 1
        : 0;
  }

  private void awaitPolling() {
    await().atMost(Duration.ofSeconds(90)).until(() -> emulator.longPollsWaiting() > 0);
  }

  private ChatMessage exchange(EmulatedUser user, String text, String expected) {
    long before = user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
    user.send(text);
    return emulator.awaitBotMessage(
        user.chatId(),
        m ->
            m.fromBot()
                && m.messageId() > before
                && m.text() != null
                && m.text().contains(expected),
        Duration.ofSeconds(30));
  }

  private ChatMessage awaitText(EmulatedUser user, String expected) {
    return emulator.awaitBotMessage(
        user.chatId(),
        m -> m.fromBot() && m.text() != null && m.text().contains(expected),
        Duration.ofSeconds(30));
  }

  /** An appraised collective dossier, N-1, written while the bot is stopped. */
  private static void appraisedCollective(Path data) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exemplar.db"));
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO nomination (code, cycle_year, proposer_id, kind, nominee_division, movement,"
              + " achievements, new_factor, state, created_at, updated_at, submitted_at) VALUES"
              + " (1, 2026, 'ngo-thanh-son', 'collective', 'TT', 'Chuyển đổi số', 'Thành tích', 0,"
              + " 'appraised', 0, 0, 0)");
    }
  }

  private static int count(Path data, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exemplar.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  /** The database and its log as a thief would copy them, byte for byte. */
  private static Path copy(Path data, Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : List.of("exemplar.db", "exemplar.db-wal")) {
      Path file = data.resolve(name);
      if (Files.exists(file)) {
        Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }

  /** Every trace of the vote's choice in the raw bytes of the copy. */
  private static List<String> secretsIn(Path copy) throws IOException {
    List<String> found = new ArrayList<>();
    for (String name : List.of("exemplar.db", "exemplar.db-wal")) {
      Path file = copy.resolve(name);
      if (!Files.exists(file)) {
        continue;
      }
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      var data = CHOICE_DATA.matcher(bytes);
      while (data.find()) {
        found.add(name + ": " + data.group());
      }
      for (String text : CHOICE_TEXTS) {
        if (bytes.contains(
            new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
          found.add(name + ": «" + text + "»");
        }
      }
    }
    return found;
  }
}
