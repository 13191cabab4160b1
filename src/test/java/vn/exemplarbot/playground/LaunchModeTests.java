package vn.exemplarbot.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a token the bot, never the sandbox; without one the sandbox, unless refused or off. */
class LaunchModeTests {

  @TempDir Path work;

  private LaunchMode.Decision decide(Map<String, String> env, String... args) {
    Map<String, String> all = new HashMap<>(env);
    all.putIfAbsent("EXEMPLAR_DATA_DIR", work.resolve("data").toString());
    return LaunchMode.decide(args, all, new Properties());
  }

  @Test
  void noTokenOpensTheSandboxInItsOwnFolderOnTheConfiguredPort() {
    LaunchMode.Decision d = decide(Map.of("SERVER_PORT", "9123"));
    assertThat(d).isInstanceOf(LaunchMode.Sandbox.class);
    LaunchMode.Sandbox sandbox = (LaunchMode.Sandbox) d;
    assertThat(sandbox.port()).isEqualTo(9123);
    assertThat(sandbox.sandboxDir()).isEqualTo(work.resolve("data").resolve("sandbox"));
  }

  @Test
  void aTokenFromTheEnvironmentOrAnArgumentIsNeverTheSandbox() {
    assertThat(decide(Map.of("TELEGRAM_BOT_TOKEN", "1:a")))
        .isInstanceOf(LaunchMode.Production.class);
    assertThat(decide(Map.of(), "--telegram.bot-token=1:a"))
        .isInstanceOf(LaunchMode.Production.class);
    Properties system = new Properties();
    system.setProperty("telegram.bot-token", "1:a");
    assertThat(LaunchMode.decide(new String[0], Map.of(), system))
        .isInstanceOf(LaunchMode.Production.class);
  }

  @Test
  void aTokenWinsEvenUnderSystemdWithAProductionDatabase() throws IOException {
    Files.createDirectories(work.resolve("data"));
    Files.writeString(work.resolve("data").resolve("exemplar.db"), "");
    assertThat(decide(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "INVOCATION_ID", "abc")))
        .isInstanceOf(LaunchMode.Production.class);
  }

  @Test
  void sandboxOffRestoresTheRefusalToStartWithoutAToken() {
    assertThat(decide(Map.of("EXEMPLAR_SANDBOX", "off"))).isInstanceOf(LaunchMode.Production.class);
    assertThat(decide(Map.of("EXEMPLAR_SANDBOX", " OFF ")))
        .isInstanceOf(LaunchMode.Production.class);
  }

  @Test
  void anExistingProductionDatabaseRefusesNamingTheFolder() throws IOException {
    Files.createDirectories(work.resolve("data"));
    Files.writeString(work.resolve("data").resolve("exemplar.db"), "");
    LaunchMode.Decision d = decide(Map.of());
    assertThat(d)
        .isEqualTo(
            new LaunchMode.Refused(
                "sandbox.refused.production-data",
                work.resolve("data").toAbsolutePath().toString()));
    assertThat(LaunchTexts.refusal((LaunchMode.Refused) d))
        .contains("exemplar.db", "EXEMPLAR_SANDBOX", "TELEGRAM_BOT_TOKEN", "cơ sở dữ liệu thật");
  }

  @Test
  void aPostgresqlDatabaseWithoutATokenRefusesWithoutShowingItsAddress() {
    LaunchMode.Decision d =
        decide(Map.of("EXEMPLAR_DATABASE_URL", "jdbc:postgresql://db/exemplar?password=s3cret"));
    assertThat(d)
        .isEqualTo(
            new LaunchMode.Refused(
                "sandbox.refused.database", work.resolve("data").toAbsolutePath().toString()));
    assertThat(LaunchTexts.refusal((LaunchMode.Refused) d))
        .contains("EXEMPLAR_DATABASE_URL", "EXEMPLAR_SANDBOX", "TELEGRAM_BOT_TOKEN")
        .doesNotContain("s3cret", "jdbc:");
    assertThat(decide(Map.of("EXEMPLAR_DATABASE_URL", "  ")))
        .isInstanceOf(LaunchMode.Sandbox.class);
  }

  @Test
  void startedBySystemdWithoutATokenRefuses() {
    LaunchMode.Decision d = decide(Map.of("INVOCATION_ID", "0f1e2d"));
    assertThat(d).isInstanceOf(LaunchMode.Refused.class);
    assertThat(LaunchTexts.refusal((LaunchMode.Refused) d))
        .contains("systemd", "INVOCATION_ID", "EXEMPLAR_SANDBOX");
  }

  @Test
  void aMisspeltSwitchOrPortIsRefusedNotGuessed() {
    LaunchMode.Decision d = decide(Map.of("EXEMPLAR_SANDBOX", "of"));
    assertThat(LaunchTexts.refusal((LaunchMode.Refused) d)).contains("EXEMPLAR_SANDBOX", "«of»");
    assertThat(decide(Map.of("SERVER_PORT", "80800")))
        .isEqualTo(new LaunchMode.Refused("sandbox.refused.port", "80800"));
  }

  @Test
  void theClockStartsAtNineFourteenDaysBeforeTheFirstDeadline() {
    SandboxStart start = SandboxStart.read(Path.of("bot-config"));
    assertThat(start.clock()).hasToString("2026-12-01T02:00:00Z"); // 09:00 in Hồ Chí Minh City
    assertThat(start.announceChatId()).contains(-1001234567890L);
  }
}
