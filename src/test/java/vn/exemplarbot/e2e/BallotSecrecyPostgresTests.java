package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.ballot.BallotFacts;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.ballot.internal.BoxRows;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The secret ballot on PostgreSQL (issue 15), whose storage keeps old row versions, transaction ids
 * and a write-ahead log: after a real ballot, whoever holds the database's rows, a {@code pg_dump},
 * the server's data directory with {@code pg_wal}, the bot's data folder, the minutes and the logs,
 * but not the ballot key, finds no choice (no choice data, no text showing one, no salt, no box row
 * in clear), and the seal's brute force links no receipt to a choice; with the key the count and
 * {@code /ballot_audit} match what was cast.
 */
@ExtendWith(OutputCaptureExtension.class)
class BallotSecrecyPostgresTests {

  private static final Pattern CHOICE_DATA = Pattern.compile("vote:(ok|p):\\d+:\\d+:[ADN]");
  private static final List<String> CHOICE_TEXTS =
      List.of("bạn chọn «", "Mã phiếu", "you chose «", "Your receipt");
  private static final String[] LABELS = {"Đồng ý", "Không đồng ý", "Không ý kiến"};

  @TempDir Path work;

  @Test
  void withoutTheKeyNoCopyOfTheDatabaseItsFilesOrTheLogsReadsAChoice(CapturedOutput logs)
      throws Exception {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite (BallotSecrecyTests)");
    try (BotHarness bot = BotHarness.prepare(work)) {
      BallotSteps.councilRules(bot.configDir());
      bot.start();
      BallotSteps ballot = new BallotSteps(bot);
      int[][] cast = voteAndClose(bot, ballot);
      BallotFacts facts = bot.bean(BallotRows.class).facts(1).orElseThrow();
      theKeyCountsWhatWasCast(bot, ballot, facts, cast);
      List<String> salts =
          bot.bean(BoxRows.class).filled(1).stream().map(BoxRows.Filled::salt).toList();
      assertThat(salts).hasSize(12).allMatch(s -> s.matches("[0-9a-f]{32}"));
      theBoxHoldsOnlyCiphertextsOfOneSize(bot.bean(JdbcClient.class));
      theMinutesGiveNoChoiceAway(facts);

      List<String> copies = new ArrayList<>();
      copies.add(everyRow(bot.bean(JdbcClient.class)));
      copies.add(pgDump(bot.databaseUrl().orElseThrow()));
      copies.add(ReadBack.pdfText(minutes(bot, ballot)));
      copies.add(logs.getAll());
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      jdbc.sql("CHECKPOINT").update();
      Path server = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single());
      for (Path root : List.of(bot.dataDir(), server)) {
        for (Path file : files(root)) {
          byte[] bytes;
          try {
            bytes = Files.readAllBytes(file);
          } catch (NoSuchFileException gone) {
            continue; // the server removed it meanwhile (pg_internal.init, a dropped database)
          }
          noChoiceIn(file.toString(), bytes, salts);
        }
      }
      for (String copy : copies) {
        noChoiceIn("a copy", copy.getBytes(StandardCharsets.UTF_8), salts);
      }
      assertThat(BotHarness.TEST_BALLOT_KEY)
          .satisfies(k -> assertThat(copies).noneMatch(c -> c.contains(k)));
      theAuditFindsRowsSwappedByHand(bot, ballot);
    }
  }

  /**
   * Two box rows' ciphertexts swapped by hand (each is bound to its own receipt): the audit says it
   * does not match and how many rows do not open, instead of failing.
   */
  private static void theAuditFindsRowsSwappedByHand(BotHarness bot, BallotSteps ballot) {
    JdbcClient jdbc = bot.bean(JdbcClient.class);
    List<String> two =
        jdbc.sql("SELECT receipt FROM ballot_box WHERE ballot_id = 1 ORDER BY receipt LIMIT 2")
            .query(String.class)
            .list();
    assertThat(
            jdbc.sql(
                    "UPDATE ballot_box b SET choice = o.choice FROM ballot_box o"
                        + " WHERE b.ballot_id = 1 AND o.ballot_id = 1 AND b.receipt IN (:x, :y)"
                        + " AND o.receipt IN (:x, :y) AND o.receipt <> b.receipt")
                .param("x", two.get(0))
                .param("y", two.get(1))
                .update())
        .isEqualTo(2);
    EmulatedUser lan = ballot.steps().registered(LAN);
    assertThat(bot.exchange(lan, "/ballot_audit", "Phiếu bầu số 1").text())
        .contains("KHÔNG KHỚP", "2 dòng của hòm phiếu không mở được bằng khoá phiếu bầu");
  }

  /**
   * Six members vote on two nominations; the counts cast per nomination: agree, disagree, abstain.
   */
  private static int[][] voteAndClose(BotHarness bot, BallotSteps ballot) {
    ballot.endorsedCollective("Thanh tra Sở", 1);
    ballot.endorsedPerson("Đỗ Thị Hương", 2, AN);
    ballot.appraised(1);
    ballot.appraised(2);
    List<EmulatedUser> voters = new ArrayList<>();
    for (long id : List.of(BINH, TUAN, LAN, AN, DUC, THANG)) {
      voters.add(ballot.steps().registered(id));
    }
    ballot.open(1);
    int[][] cast = new int[2][3];
    int n = 0;
    for (int item = 0; item < 2; item++) {
      for (EmulatedUser voter : voters) {
        int choice = (n++ + item) % 3;
        ballot.vote(voter, "N-" + (item + 1), LABELS[choice]);
        cast[item][choice]++;
      }
    }
    EmulatedUser lan = ballot.steps().registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    ballot.steps().press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
    return cast;
  }

  private static void theKeyCountsWhatWasCast(
      BotHarness bot, BallotSteps ballot, BallotFacts facts, int[][] cast) {
    for (int i = 0; i < 2; i++) {
      BallotFacts.Line line = facts.lines().get(i);
      assertThat(new int[] {line.agree(), line.disagree(), line.abstain()}).isEqualTo(cast[i]);
    }
    EmulatedUser lan = ballot.steps().registered(LAN);
    assertThat(bot.exchange(lan, "/ballot_audit", "Phiếu bầu số 1").text())
        .contains("KHỚP với biên bản")
        .doesNotContain("KHÔNG KHỚP");
  }

  /** Every box row one ciphertext of one length, no choice or salt column in clear. */
  private static void theBoxHoldsOnlyCiphertextsOfOneSize(JdbcClient jdbc) {
    assertThat(
            jdbc.sql("SELECT DISTINCT length(choice) FROM ballot_box").query(Integer.class).list())
        .hasSize(1)
        .allMatch(l -> l > 40);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM ballot_box WHERE salt IS NOT NULL OR length(choice) < 40")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(jdbc.sql("SELECT key_id FROM ballot WHERE id = 1").query(String.class).single())
        .matches("[0-9a-f]{16}");
  }

  /** Trying every assignment of choices to the published receipts finds none matching the seal. */
  private static void theMinutesGiveNoChoiceAway(BallotFacts facts) {
    SealAttack.failsOn(facts);
  }

  private static void noChoiceIn(String where, byte[] bytes, List<String> salts) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    Matcher data = CHOICE_DATA.matcher(text);
    while (data.find()) {
      // The ballot card's buttons carry every choice's data, each after its label, in the outbox's
      // own format ("label", where Telegram's updates say "text"); the card goes to every member
      // alike (the server's log of writes keeps it), so it tells nothing. The window is wide enough
      // for a page or record header of the log falling between label and data. Data anywhere else
      // is
      // a press: a member's choice.
      String before = text.substring(Math.max(0, data.start() - 160), data.start());
      assertThat(before).as("choice data in %s: %s", where, data.group()).contains("\"label\"");
    }
    for (String shown : CHOICE_TEXTS) {
      String encoded =
          new String(shown.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      assertThat(text).as("a choice shown, in %s", where).doesNotContain(encoded);
    }
    for (String salt : salts) {
      assertThat(text).as("a salt in %s", where).doesNotContain(salt);
    }
  }

  private static byte[] minutes(BotHarness bot, BallotSteps ballot) {
    EmulatedUser lan = ballot.steps().registered(LAN);
    return bot.awaitText(lan, "Biên bản kiểm phiếu của phiếu bầu kín số 1").documentBytes();
  }

  /** Every row of every table of the bot's database, as text. */
  private static String everyRow(JdbcClient jdbc) {
    StringBuilder all = new StringBuilder();
    for (String table :
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE'")
            .query(String.class)
            .list()) {
      for (Map<String, Object> row :
          jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
        all.append(table).append('|').append(row.values()).append('\n');
      }
    }
    return all.toString();
  }

  /** {@code pg_dump} of the bot's database, from the newest PostgreSQL on the machine. */
  private static String pgDump(String jdbcUrl) throws IOException, InterruptedException {
    Path pgDump;
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      pgDump =
          versions
              .map(v -> v.resolve("bin/pg_dump"))
              .filter(Files::isExecutable)
              .max(
                  Comparator.comparing(
                      p -> Integer.parseInt(p.getParent().getParent().getFileName().toString())))
              .orElseThrow();
    }
    Process dump =
        new ProcessBuilder(pgDump.toString(), "--dbname=" + jdbcUrl.substring("jdbc:".length()))
            .redirectErrorStream(true)
            .start();
    String out = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(dump.waitFor()).as(out).isZero();
    assertThat(out).contains("ballot_box");
    return out;
  }

  /** Every regular file under the folder; one removed while walking is passed over. */
  private static List<Path> files(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && Files.isReadable(file)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return found;
  }
}
