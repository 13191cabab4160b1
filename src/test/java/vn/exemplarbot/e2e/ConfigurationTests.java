package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.exemplarbot.roster.ConfigRefusedException;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * A broken roster or settings file is refused with the file and the key, at start and at /reload.
 */
class ConfigurationTests {

  /** One mistake: in which file, what to replace with what, and what the refusal must name. */
  record Mistake(String name, String file, String from, String to, String key) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Mistake> mistakes() {
    return Stream.of(
        new Mistake(
            "unknown division", "roster.yml", "division: HTQT", "division: HTQX", "division"),
        new Mistake(
            "duplicate id", "roster.yml", "- id: vo-van-hung", "- id: tran-quoc-binh", "id"),
        new Mistake("unknown role", "roster.yml", "roles: [admin]", "roles: [admn]", "roles"),
        new Mistake(
            "unknown key", "settings.yml", "  duration: P3D", "  durations: P3D", "durations"),
        new Mistake("bad YAML", "roster.yml", "divisions:", "divisions: [", "dòng"),
        new Mistake("bad duration", "settings.yml", "duration: P3D", "duration: P1W", "duration"),
        new Mistake(
            "unquoted time of day",
            "settings.yml",
            "time-of-day: \"08:30\"",
            "time-of-day: 8:30",
            "time-of-day"),
        new Mistake(
            "deadlines out of order",
            "settings.yml",
            "nominations-due: 2026-12-31T00:00",
            "nominations-due: 2026-12-01T00:00",
            "nominations-due"));
  }

  @TempDir static Path work;
  static BotHarness bot;
  static EmulatedUser admin;

  @BeforeAll
  static void start() {
    bot = BotHarness.started(work.resolve("running"));
    admin = bot.user(100007, "huynhducthinh", "Thịnh");
    bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeRefusesTheStartNamingTheFileAndTheKey(Mistake mistake, @TempDir Path dir)
      throws IOException {
    BotHarness broken = BotHarness.prepare(dir);
    try {
      apply(broken.configDir(), mistake);
      Throwable failure = catchThrowable(broken::start);
      ConfigRefusedException refused = causeOf(failure);
      assertThat(refused.vietnamese()).contains(mistake.file()).contains(mistake.key());
      assertThat(refused.english()).contains(mistake.file());
    } finally {
      broken.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeAtReloadIsRefusedAndTheOldConfigurationStays(Mistake mistake) throws IOException {
    Path file = bot.configDir().resolve(mistake.file());
    String good = Files.readString(file);
    try {
      apply(bot.configDir(), mistake);
      ChatMessage reply =
          bot.exchange(admin, "/reload", "KHÔNG được áp dụng", mistake.file(), mistake.key());
      assertThat(reply.text()).contains("cấu hình cũ vẫn giữ nguyên");
    } finally {
      Files.writeString(file, good);
    }
    bot.exchange(admin, "/admin", "Chưa đăng ký với bot");
  }

  @Test
  void aGoodChangeAtReloadTakesEffectAtOnce() throws IOException {
    Path roster = bot.configDir().resolve("roster.yml");
    String good = Files.readString(roster);
    try {
      Files.writeString(
          roster,
          good
              + """

                - id: moi-vao-lam
                  name: "Nguyễn Thị Mới"
                  division: LS
                  telegram: nguoimoivaolam
              """);
      EmulatedUser newcomer = bot.user(400001, "nguoimoivaolam", "Mới");
      bot.exchange(newcomer, "/start", "Chia sẻ số điện thoại");
      bot.exchange(admin, "/reload", "Đã đọc lại bot-config: 26 người");
      bot.exchange(newcomer, "/start", "Nguyễn Thị Mới", "Phòng Lãnh sự");
    } finally {
      Files.writeString(roster, good);
      bot.exchange(admin, "/reload", "Đã đọc lại bot-config: 25 người");
    }
  }

  @Test
  void aReloadThatChangesRolesSetsTheCommandMenuAgain() throws IOException {
    EmulatedUser deputy = bot.user(100003, null, "Tuấn");
    bot.exchange(deputy, "/start", "Phạm Minh Tuấn");
    Path roster = bot.configDir().resolve("roster.yml");
    String good = Files.readString(roster);
    String before = "telegram-id: 100003\n    roles: [council-member]";
    assertThat(good).contains(before);
    try {
      // A reload that changes nobody's roles sets no menu again.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .until(() -> menusSet(deputy) > 0 && menusSet(admin) > 0);
      long deputyMenus = menusSet(deputy);
      long adminMenus = menusSet(admin);
      bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
      Files.writeString(roster, good.replace(before, before.replace("]", ", admin]")));
      bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(bot.emulator().commandsFor(deputy.chatId()).values())
                      .anySatisfy(c -> assertThat(c).contains("reload", "admin")));
      // Only the person whose roles changed had their menu set again, once.
      org.awaitility.Awaitility.await()
          .during(java.time.Duration.ofSeconds(2))
          .atMost(java.time.Duration.ofSeconds(5))
          .until(() -> menusSet(deputy) == deputyMenus + 1 && menusSet(admin) == adminMenus);
    } finally {
      Files.writeString(roster, good);
      bot.exchange(admin, "/reload", "Đã đọc lại bot-config: 25 người");
    }
  }

  /** How many times the bot set this person's command menu (setMyCommands in their chat). */
  private static long menusSet(EmulatedUser user) {
    return bot.emulator().requests().stream()
        .filter(r -> r.method().equals("setMyCommands"))
        .filter(
            r -> String.valueOf(r.params().get("scope")).contains(String.valueOf(user.chatId())))
        .count();
  }

  private static void apply(Path configDir, Mistake mistake) throws IOException {
    Path file = configDir.resolve(mistake.file());
    String text = Files.readString(file);
    assertThat(text).contains(mistake.from());
    Files.writeString(
        file, text.replaceFirst(java.util.regex.Pattern.quote(mistake.from()), mistake.to()));
  }

  private static ConfigRefusedException causeOf(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof ConfigRefusedException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a ConfigRefusedException in %s", failure).isNotNull();
    return (ConfigRefusedException) cause;
  }
}
