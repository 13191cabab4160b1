package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.exemplarbot.ExemplarBotApplication;
import vn.exemplarbot.storage.StartupRefusedException;

/**
 * The data folder refused at start, with the fix, before anything is written (issue 13): a database
 * written by a newer version, a folder that cannot be written (a seam: tests run as root), too
 * little free space, a folder another bot runs on.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTests {

  @TempDir Path work;

  @Test
  void aDatabaseWrittenByANewerVersionIsRefusedUntouched(CapturedOutput output) throws Exception {
    try (BotHarness bot = BotHarness.started(work)) {
      bot.stop();
      String future =
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
              + " script, checksum, installed_by, execution_time, success)"
              + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'x', 0, ";
      if (bot.databaseUrl().isPresent()) {
        try (Connection c = DriverManager.getConnection(bot.databaseUrl().get());
            Statement s = c.createStatement()) {
          s.execute(future + "true)");
        }
        assertThatThrownBy(bot::start)
            .isInstanceOf(StartupRefusedException.class)
            .hasMessageContaining("V999")
            .hasMessageContaining("phiên bản bot mới hơn");
        assertThat(output).contains("pg_dump");
        return;
      }
      Path db = bot.dataDir().resolve("exemplar.db");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement s = c.createStatement()) {
        s.execute(future + "1)");
      }
      String before = sha256(db);
      assertThatThrownBy(bot::start)
          .isInstanceOf(RuntimeException.class)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("V999")
          .hasMessageContaining("V22")
          .hasMessageContaining("phiên bản bot mới hơn");
      assertThat(sha256(db)).isEqualTo(before);
      assertThat(output).contains("java -jar exemplar-bot.jar restore");
    }
  }

  /** EXEMPLAR_DATABASE_URL of another kind, or a PostgreSQL that does not answer (issue 14). */
  @Test
  void aDatabaseUrlThatCannotServeIsRefusedWithTheFixAndNoPassword() {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property(
                "exemplar.database.url", "jdbc:mysql://db.example/exemplar?password=hunter2")) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("không phải địa chỉ PostgreSQL")
          .hasMessageContaining("jdbc:mysql://db.example/exemplar?password=***")
          .hasMessageNotContaining("hunter2")
          .satisfies(
              e -> assertThat(((StartupRefusedException) e).fix()).contains("jdbc:postgresql://"));
      bot.property(
          "exemplar.database.url", "jdbc:postgresql://127.0.0.1:1/exemplar?connectTimeout=2");
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("Không kết nối được cơ sở dữ liệu PostgreSQL")
          .satisfies(e -> assertThat(((StartupRefusedException) e).fix()).contains("pg_hba.conf"));
    }
  }

  @Test
  void aFolderThatCannotBeWrittenIsRefusedWithTheFix() {
    try (BotHarness bot =
        BotHarness.prepare(work).property("exemplar.test.unwritable-data-dir", "true")) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(RuntimeException.class)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("không ghi được")
          .satisfies(e -> assertThat(((StartupRefusedException) e).fix()).contains("chown"));
      assertThat(bot.dataDir().resolve("exemplar.db")).doesNotExist();
    }
  }

  @Test
  void tooLittleFreeSpaceIsRefusedAndAnUnreadableMinimumToo() {
    try (BotHarness bot = BotHarness.prepare(work).property("exemplar.disk-min-free", "900000TB")) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(RuntimeException.class)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("dưới mức tối thiểu")
          .hasMessageContaining("EXEMPLAR_DISK_MIN_FREE");
      assertThat(bot.dataDir().resolve("exemplar.db")).doesNotExist();
      bot.property("exemplar.disk-min-free", "nhiều");
      assertThatThrownBy(bot::start)
          .isInstanceOf(RuntimeException.class)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("«nhiều»");
    }
  }

  @Test
  void aSecondBotOnTheSameFolderIsRefusedAndTheFirstRunsOn() {
    try (BotHarness bot = BotHarness.started(work)) {
      assertThatThrownBy(
              () -> new SpringApplicationBuilder(ExemplarBotApplication.class).run(bot.arguments()))
          .isInstanceOf(RuntimeException.class)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("đang được một bot khác dùng");
      bot.exchange(bot.user(100007, "huynhducthinh", "Thịnh"), "/start", "Huỳnh Đức Thịnh");
      bot.restart();
      bot.exchange(bot.user(100007, "huynhducthinh", "Thịnh"), "/help", "/admin");
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
