package vn.exemplarbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;
import vn.exemplarbot.clock.SteadyClock;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.storage.BallotKey;
import vn.exemplarbot.storage.ColumnSeal;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.RowLocks;
import vn.exemplarbot.storage.TransactionLevels;
import vn.exemplarbot.telegram.internal.Inbox;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;
import vn.exemplarbot.telegram.internal.SecretPresses;

/**
 * A vote's press waiting unhandled in the inbox holds a backup (its data carries the choice until
 * {@code Xác nhận}); other presses and texts do not, and handling it lets the backup go.
 */
class InboxBackupGateTests {

  @TempDir Path dir;

  @Test
  void aSecretPressWaitingHoldsTheBackupUntilHandled() throws Exception {
    SingleConnectionDataSource db =
        new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("t.db"), true);
    Flyway.configure().dataSource(db).locations("classpath:db/migration/sqlite").load().migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    Constructor<Inbox> make =
        Inbox.class.getDeclaredConstructor(
            JdbcClient.class,
            SteadyClock.class,
            RowLocks.class,
            TransactionLevels.class,
            Lease.class,
            SecretPresses.class);
    make.setAccessible(true);
    MockEnvironment sqlite = new MockEnvironment();
    StaticListableBeanFactory beans =
        new StaticListableBeanFactory(
            Map.of("vote", button("vote", true), "plan", button("plan", false)));
    SecretPresses secrets =
        new SecretPresses(
            beans.getBeanProvider(ButtonHandler.class),
            new ColumnSeal(new BallotKey(sqlite), sqlite));
    Inbox inbox =
        make.newInstance(
            jdbc,
            SteadyClock.system(),
            new RowLocks(sqlite),
            new TransactionLevels(jdbc, sqlite),
            new Lease(jdbc, sqlite, new SimpleMeterRegistry()),
            secrets);
    InboxBackupGate gate = new InboxBackupGate(inbox, secrets);

    inbox.store(
        List.of(
            new RawUpdate(1, "{\"update_id\":1,\"message\":{\"text\":\"vote:1\"}}", 0),
            new RawUpdate(2, press(2, "plan:7:ok"), 0)));
    assertThat(gate.holdsBackup()).isEmpty();

    inbox.store(List.of(new RawUpdate(3, press(3, "vote:1:4:Y"), 0)));
    assertThat(gate.holdsBackup()).contains("backup.held.updates");

    jdbc.sql("UPDATE inbox SET handled_at = 1, payload = NULL WHERE update_id = 3").update();
    assertThat(gate.holdsBackup()).isEmpty();
    db.destroy();
  }

  private static String press(long id, String data) {
    return "{\"update_id\":"
        + id
        + ",\"callback_query\":{\"id\":\"q"
        + id
        + "\",\"data\":\""
        + data
        + "\"}}";
  }

  private static ButtonHandler button(String kind, boolean secret) {
    return new ButtonHandler() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void onPress(Turn turn, CallbackData data) {}

      @Override
      public boolean carriesSecret() {
        return secret;
      }
    };
  }
}
