package vn.exemplarbot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.exemplarbot.ExemplarBotApplication;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.BotApiSpec;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The real bot, started as {@code java -jar} would start it, against the Bot API emulator over
 * HTTP, with a copy of {@code bot-config/}, its own data folder and a clock the test moves. Every
 * request the bot sends is checked against the Bot API specification.
 */
public final class BotHarness implements AutoCloseable {

  public static final String TOKEN = "123456:test-token";

  private final Path configDir;
  private final Path dataDir;
  private final BotApiEmulator emulator;
  private final MutableClock clock;
  private final Map<String, Object> extra = new HashMap<>();
  private final List<Class<?>> sources = new ArrayList<>();
  private ConfigurableApplicationContext context;

  /** The PostgreSQL database this bot runs on, when the suite runs on PostgreSQL. */
  private final String databaseUrl;

  /** This bot's name as an instance ({@code EXEMPLAR_INSTANCE_NAME}): its folder's. */
  private final String instance;

  /** Whether closing this harness closes the emulator and drops the database: not when shared. */
  private final boolean ownsEmulator;

  private final boolean ownsDatabase;

  private BotHarness(Path workDir, LocalDateTime start) {
    this.configDir = workDir.resolve("config");
    this.dataDir = workDir.resolve("data");
    this.instance = workDir.getFileName().toString();
    this.clock = new MutableClock(start);
    copyExampleConfig(configDir);
    this.emulator = BotApiEmulator.start(TOKEN);
    emulator.requestValidator(new BotApiSpec());
    this.databaseUrl = TestDatabase.postgres() ? TestDatabase.create() : null;
    this.ownsEmulator = true;
    this.ownsDatabase = true;
  }

  private BotHarness(Path workDir, BotHarness other, BotApiEmulator emulator) {
    this.configDir = workDir.resolve("config");
    this.dataDir = workDir.resolve("data");
    this.instance = workDir.getFileName().toString();
    this.clock = other.clock;
    copyExampleConfig(configDir);
    this.ownsEmulator = emulator == null;
    this.emulator = emulator != null ? emulator : BotApiEmulator.start(TOKEN);
    this.emulator.requestValidator(new BotApiSpec());
    this.databaseUrl = other.databaseUrl;
    this.ownsDatabase = false;
  }

  /**
   * A second bot, not started yet, on the same database (PostgreSQL) and the same emulator as
   * {@code other}, with its own data folder and copy of {@code bot-config/}: two instances.
   */
  public static BotHarness sharing(BotHarness other, Path workDir) {
    return new BotHarness(workDir, other, other.emulator);
  }

  /**
   * As {@link #sharing}, but with an emulator of its own, so what each bot asks of the Bot API is
   * told apart (the emulator cannot tell two bots with one token apart).
   */
  public static BotHarness sharingDatabase(BotHarness other, Path workDir) {
    return new BotHarness(workDir, other, null);
  }

  /** The ballot key the tests give the bot on PostgreSQL: 32 fixed bytes, base64. */
  public static final String TEST_BALLOT_KEY = "dGVzdC1iYWxsb3Qta2V5LW5vdC1mb3ItcHJvZHVjdGk=";

  /** A harness whose bot is not started yet: set properties or sources, then {@link #start()}. */
  public static BotHarness prepare(Path workDir) {
    return new BotHarness(workDir, LocalDateTime.of(2026, 12, 1, 9, 0));
  }

  public static BotHarness started(Path workDir) {
    return prepare(workDir).start();
  }

  public BotHarness property(String key, Object value) {
    extra.put(key, value);
    return this;
  }

  public BotHarness source(Class<?> configuration) {
    sources.add(configuration);
    return this;
  }

  public BotHarness start() {
    List<Class<?>> all = new ArrayList<>(sources);
    all.add(0, ExemplarBotApplication.class);
    context =
        new SpringApplicationBuilder(all.toArray(Class[]::new))
            .initializers(c -> c.getBeanFactory().registerSingleton("clock", (Clock) clock))
            .run(arguments());
    return this;
  }

  /** As command-line arguments, which outrank {@code application.yml}. */
  public String[] arguments() {
    return properties().entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  public Map<String, Object> properties() {
    Map<String, Object> props = new HashMap<>();
    props.put("telegram.bot-token", TOKEN);
    props.put("telegram.api-url", emulator.baseUrl());
    props.put("telegram.poll-timeout", "1s");
    props.put("exemplar.config-dir", configDir.toString());
    props.put("exemplar.data-dir", dataDir.toString());
    props.put("exemplar.tick-seconds", "1");
    // The emulator does not limit a chat unless asked to; Telegram's pace is tested on its own.
    props.put("telegram.chat-interval", "50ms");
    props.put("server.port", "0");
    props.put("management.server.port", "0");
    props.put("exemplar.instance.name", instance);
    if (databaseUrl != null) {
      props.put("exemplar.database.url", databaseUrl);
      // A ballot on PostgreSQL needs the ballot key (PostgresTests checks that without one it is
      // refused there); a fixed one for the tests, never a real department's.
      props.put("exemplar.ballot.key", TEST_BALLOT_KEY);
    }
    props.putAll(extra);
    return props;
  }

  public void stop() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  public BotHarness restart() {
    stop();
    return start();
  }

  /** The PostgreSQL database this bot runs on, when the suite runs on PostgreSQL. */
  public java.util.Optional<String> databaseUrl() {
    return java.util.Optional.ofNullable(databaseUrl);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** The HTTP port the bot listens on (health, later the website export). */
  public int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  /** The management port (health details, metrics), on loopback. */
  public int managementPort() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
  }

  /** GET on the public port: status and body. */
  public java.net.http.HttpResponse<String> get(String path) {
    return get(port(), path);
  }

  /** GET on the management port: status and body. */
  public java.net.http.HttpResponse<String> manage(String path) {
    return get(managementPort(), path);
  }

  private static java.net.http.HttpResponse<String> get(int port, String path) {
    try {
      return HTTP.send(
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(40))
              .build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public BotApiEmulator emulator() {
    return emulator;
  }

  public MutableClock clock() {
    return clock;
  }

  public Path configDir() {
    return configDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  public EmulatedUser user(long id, String username, String firstName) {
    return emulator.user(id, username, firstName);
  }

  /** Waits for a bot message in this user's chat whose text contains every fragment. */
  public ChatMessage awaitText(EmulatedUser user, String... fragments) {
    Predicate<ChatMessage> all =
        m -> m.fromBot() && m.text() != null && Stream.of(fragments).allMatch(m.text()::contains);
    return emulator.awaitBotMessage(user.chatId(), all, Duration.ofSeconds(10));
  }

  /**
   * Sends a text and waits for a reply to it: a bot message newer than the text, with the
   * fragments.
   */
  public ChatMessage exchange(EmulatedUser user, String text, String... fragments) {
    long before = user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
    user.send(text);
    Predicate<ChatMessage> reply =
        m ->
            m.fromBot()
                && m.messageId() > before
                && m.text() != null
                && Stream.of(fragments).allMatch(m.text()::contains);
    return emulator.awaitBotMessage(user.chatId(), reply, Duration.ofSeconds(10));
  }

  @Override
  public void close() {
    stop();
    if (ownsEmulator) {
      emulator.close();
    }
    if (databaseUrl != null && ownsDatabase) {
      TestDatabase.drop(databaseUrl);
    }
  }

  private static void copyExampleConfig(Path target) {
    try {
      Files.createDirectories(target);
      for (String file : List.of("roster.yml", "settings.yml")) {
        Files.copy(Path.of("bot-config", file), target.resolve(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
