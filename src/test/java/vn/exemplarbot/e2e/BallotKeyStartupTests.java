package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.storage.StartupRefusedException;

/**
 * The ballot key at start (issue 15): a malformed one is refused on either database, naming the
 * variable and the fix and never echoing the key; on PostgreSQL a key that is not the one recorded,
 * or none while ballots are sealed under one, is refused with the fix before the bot acts, and a
 * rotation (the old key as {@code EXEMPLAR_BALLOT_KEY_PREVIOUS}) is taken.
 */
@ExtendWith(OutputCaptureExtension.class)
class BallotKeyStartupTests {

  private static final String OTHER_KEY = key('o');
  private static final String THIRD_KEY = key('t');

  @TempDir Path work;

  @Test
  void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt(CapturedOutput output) {
    try (BotHarness bot =
        BotHarness.prepare(work).property("exemplar.ballot.key", "not a key, just words!")) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("EXEMPLAR_BALLOT_KEY")
          .hasMessageContaining("base64")
          .hasMessageNotContaining("just words")
          .satisfies(e -> assertThat(fix(e)).contains("openssl rand -base64 32"));
    }
    assertThat(output).doesNotContain("just words");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedWithItsLength() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    try (BotHarness bot = BotHarness.prepare(work).property("exemplar.ballot.key", short16)) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("dài 16 byte, phải đúng 32 byte")
          .hasMessageContaining("is 16 bytes long")
          .hasMessageNotContaining(short16);
    }
  }

  @Test
  void aKeyAndAKeyFileTogetherAreRefused() throws Exception {
    Path file = Files.writeString(work.resolve("ballot.key"), OTHER_KEY + "\n");
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("exemplar.ballot.key", THIRD_KEY)
            .property("exemplar.ballot.key-file", file)) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("cả EXEMPLAR_BALLOT_KEY và EXEMPLAR_BALLOT_KEY_FILE")
          .hasMessageNotContaining(OTHER_KEY)
          .hasMessageNotContaining(THIRD_KEY);
    }
  }

  @Test
  void aKeyFileThatCannotBeReadIsRefusedNamingIt() {
    Path missing = work.resolve("no-such.key");
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("exemplar.ballot.key", "")
            .property("exemplar.ballot.key-file", missing)) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining(missing.toString())
          .hasMessageContaining("EXEMPLAR_BALLOT_KEY_FILE");
    }
  }

  /** The key from a file (systemd's LoadCredential=), and on PostgreSQL a ballot opens with it. */
  @Test
  void aKeyFromAFileIsTakenAndOnPostgresqlRecordedByIdAlone() throws Exception {
    Path file = Files.writeString(work.resolve("ballot.key"), BotHarness.TEST_BALLOT_KEY + "\n");
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("exemplar.ballot.key", "")
            .property("exemplar.ballot.key-file", file)) {
      BallotSteps.councilRules(bot.configDir());
      bot.start();
      if (!TestDatabase.postgres()) {
        return;
      }
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT key_id FROM ballot_key").query(String.class).list())
          .singleElement()
          .satisfies(id -> assertThat(id).matches("[0-9a-f]{16}"));
      assertThat(jdbc.sql("SELECT key_check FROM ballot_key").query(String.class).single())
          .matches("[0-9a-f]{64}")
          .doesNotContain(hex(BotHarness.TEST_BALLOT_KEY));
      BallotSteps ballot = new BallotSteps(bot);
      ballot.endorsedCollective("Thanh tra Sở", 1);
      ballot.appraised(1);
      ballot.open(1);
      assertThat(jdbc.sql("SELECT key_id FROM ballot WHERE id = 1").query(String.class).single())
          .isEqualTo(jdbc.sql("SELECT key_id FROM ballot_key").query(String.class).single());
    }
  }

  @Test
  void onPostgresqlAnotherKeyIsRefusedUntilTheOldOneIsGivenAsPrevious(CapturedOutput output) {
    assumeTrue(TestDatabase.postgres(), "on SQLite the key is not used");
    try (BotHarness bot = BotHarness.started(work)) {
      String recorded =
          bot.bean(JdbcClient.class)
              .sql("SELECT key_id FROM ballot_key")
              .query(String.class)
              .single();
      bot.stop();

      bot.property("exemplar.ballot.key", OTHER_KEY);
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("không khớp khoá đã ghi nhận")
          .hasMessageContaining(recorded)
          .satisfies(e -> assertThat(fix(e)).contains("EXEMPLAR_BALLOT_KEY_PREVIOUS", recorded));
      assertThat(output).doesNotContain(OTHER_KEY).doesNotContain(BotHarness.TEST_BALLOT_KEY);

      // A previous key that is not the recorded one is no rotation either.
      bot.property("exemplar.ballot.key-previous", THIRD_KEY);
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("không khớp");

      bot.property("exemplar.ballot.key-previous", BotHarness.TEST_BALLOT_KEY);
      bot.start();
      assertThat(
              bot.bean(JdbcClient.class)
                  .sql("SELECT count(*) FROM ballot_key")
                  .query(Integer.class)
                  .single())
          .isEqualTo(2);
      bot.stop();

      // Rotated: the new key alone is now recorded and taken.
      bot.property("exemplar.ballot.key-previous", "");
      bot.start();
    }
  }

  @Test
  void onPostgresqlNoKeyWhileABallotIsSealedIsRefusedWithTheFix() {
    assumeTrue(TestDatabase.postgres(), "on SQLite the key is not used");
    try (BotHarness bot = BotHarness.prepare(work)) {
      BallotSteps.councilRules(bot.configDir());
      bot.start();
      BallotSteps ballot = new BallotSteps(bot);
      ballot.endorsedCollective("Thanh tra Sở", 1);
      ballot.appraised(1);
      ballot.open(1);
      String sealedUnder =
          bot.bean(JdbcClient.class)
              .sql("SELECT key_id FROM ballot WHERE id = 1")
              .query(String.class)
              .single();
      bot.stop();

      bot.property("exemplar.ballot.key", "");
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("không được cấp khoá nào")
          .hasMessageContaining(sealedUnder)
          .satisfies(e -> assertThat(fix(e)).contains("EXEMPLAR_BALLOT_KEY_FILE", sealedUnder));

      bot.property("exemplar.ballot.key", BotHarness.TEST_BALLOT_KEY);
      bot.start();
      EmulatedUser lan = ballot.steps().registered(BallotSteps.LAN);
      bot.exchange(lan, "/ballot_status", "Phiếu bầu số 1");
    }
  }

  private static String fix(Throwable refused) {
    return ((StartupRefusedException) refused).fix();
  }

  private static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }

  private static String hex(String base64) {
    return java.util.HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
  }
}
