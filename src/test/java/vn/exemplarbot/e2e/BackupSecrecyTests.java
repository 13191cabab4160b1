package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.backup.BackupStatus;
import vn.exemplarbot.backup.Backups;
import vn.exemplarbot.backup.internal.BackupStateRows;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Secrecy in backups (issue 13): no backup while a ballot is open, nor while a choice or a receipt
 * waits in the outbox; the owed one runs by itself once they are gone, and holds no trace of them.
 */
@SqliteOnly("the bot's own backups are of the SQLite file; on PostgreSQL, pg_dump (PostgresTests)")
class BackupSecrecyTests {

  private static final long ADMIN = 100007;

  @TempDir Path work;

  @Test
  void noBackupWhileABallotIsOpenThenTheOwedOneRunsAfterItCloses() throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work).property("exemplar.backup.check-interval", "1s")) {
      BallotSteps.councilRules(bot.configDir());
      bot.start();
      EmulatedUser admin = bot.user(ADMIN, "huynhducthinh", "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      BallotSteps ballot = new BallotSteps(bot);
      ballot.endorsedPerson("Đỗ Thị Hương", 1, BallotSteps.AN);
      ballot.appraised(1);
      ballot.open(1);

      ChatMessage refused = bot.exchange(admin, "/backup", "Chưa sao lưu lúc này");
      assertThat(refused.text()).contains("Một phiên bỏ phiếu đang mở");

      bot.bean(BackupStateRows.class).owe(bot.clock().instant());
      Backups backups = bot.bean(Backups.class);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> backups.status().lastSkipReason().orElse(""),
              "backup.held.ballot-open"::equals);
      ChatMessage admin1 = bot.exchange(admin, "/admin", "Quản trị");
      assertThat(admin1.text()).contains("bị hoãn", "Một phiên bỏ phiếu đang mở");
      assertThat(backups.status().lastSuccess()).isEmpty();

      String receipt = ballot.vote(ballot.steps().registered(BallotSteps.LAN), "N-1", "Đồng ý");
      EmulatedUser lan = ballot.steps().registered(BallotSteps.LAN);
      ChatMessage confirm = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
      ballot.steps().press(lan, confirm, "Xác nhận", "Đã đóng phiếu bầu số 1");

      BackupStatus status =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(backups::status, s -> s.lastSuccess().isPresent());
      assertThat(status.owedSince()).isEmpty();
      Path archive = backups.folder().resolve(status.lastFile().orElseThrow());
      Path out = work.resolve("restored");
      vn.exemplarbot.backup.BackupArchive.read(archive, java.util.Optional.of(out));
      try (Connection c =
              DriverManager.getConnection("jdbc:sqlite:" + out.resolve("database/exemplar.db"));
          Statement s = c.createStatement()) {
        assertThat(count(s, "SELECT count(*) FROM ballot WHERE state = 'open'")).isZero();
        assertThat(count(s, "SELECT count(*) FROM outbox WHERE ephemeral = 1")).isZero();
        assertThat(count(s, "SELECT count(*) FROM inbox WHERE payload IS NOT NULL")).isZero();
        assertThat(count(s, "SELECT count(*) FROM ballot_box WHERE receipt = '" + receipt + "'"))
            .isEqualTo(1);
      }
    }
  }

  @Test
  void aReceiptWaitingInTheOutboxHoldsTheBackupUntilItIsDelivered() throws Exception {
    try (BotHarness bot = BotHarness.started(work)) {
      EmulatedUser admin = bot.user(ADMIN, "huynhducthinh", "Thịnh");
      ChatMessage hello = bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      bot.emulator().unreachableFor(Duration.ofSeconds(4));
      bot.bean(TransactionTemplate.class)
          .executeWithoutResult(
              tx ->
                  bot.bean(Outbox.class)
                      .editEphemeral(
                          admin.chatId(),
                          hello.messageId(),
                          new Message.Text("Mã phiếu của bạn: TEST123")));
      Backups backups = bot.bean(Backups.class);
      Backups.Outcome held = backups.take();
      assertThat(held).isInstanceOf(Backups.Held.class);
      assertThat(((Backups.Held) held).reasonKey()).isEqualTo("backup.held.ballot-messages");

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> bot.bean(Outbox.class).ephemeralWaiting() == 0);
      assertThat(backups.take()).isInstanceOf(Backups.Done.class);
    }
  }

  private static int count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
