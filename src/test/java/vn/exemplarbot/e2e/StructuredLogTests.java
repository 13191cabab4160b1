package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} (issue 13): every line the bot writes is one JSON
 * object, and the line of each applied update and each delivery carries its fields (update id,
 * kind, person, outcome, milliseconds; outbox id, method, chat, outcome) for a log store to index,
 * never the text a person wrote nor the token.
 */
class StructuredLogTests {

  private static final String TOKEN = "135791:structured-log-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;
  @RegisterExtension final ProcessDatabase database = new ProcessDatabase();
  private final BotApiEmulator emulator = BotApiEmulator.start(TOKEN);

  @AfterEach
  void closeEmulator() {
    emulator.close();
  }

  @Test
  void ecsLinesCarryTheUpdateAndDeliveryFieldsAndNothingTyped() throws Exception {
    Path config = ShutdownTests.copyExampleConfig(work.resolve("config"));
    Path log = work.resolve("bot.log");
    List<String> arguments =
        List.of(
            "--telegram.bot-token=" + TOKEN,
            "--telegram.api-url=" + emulator.baseUrl(),
            "--telegram.poll-timeout=2s",
            "--telegram.chat-interval=50ms",
            "--exemplar.config-dir=" + config,
            "--exemplar.data-dir=" + work.resolve("data"),
            "--server.port=0");
    Map<String, String> environment = new HashMap<>(database.environment());
    environment.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    try (BotProcess bot = BotProcess.classPath(arguments, environment, work, log)) {
      await().atMost(Duration.ofSeconds(90)).until(() -> emulator.longPollsWaiting() > 0);
      EmulatedUser admin = emulator.user(100007, "huynhducthinh", "Thịnh");
      admin.send("/start");
      admin.send("một-câu-riêng-4412");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> lines(log).stream().filter(l -> l.has("outbox_id")).count() >= 2);
      bot.terminate(Duration.ofSeconds(15));
    }

    List<JsonNode> lines = lines(log);
    assertThat(lines).isNotEmpty();
    String raw = Files.readString(log);
    for (String line : raw.split("\n")) {
      if (!line.isBlank()) {
        assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
      }
    }
    JsonNode update =
        lines.stream()
            .filter(l -> l.has("update_id") && "text".equals(l.path("kind").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(update.path("person_id").asLong()).isEqualTo(100007);
    assertThat(update.path("outcome").asText()).isEqualTo("applied");
    assertThat(update.has("ms")).isTrue();
    assertThat(update.path("log").path("level").asText()).isEqualTo("INFO");
    JsonNode delivery = lines.stream().filter(l -> l.has("outbox_id")).findFirst().orElseThrow();
    assertThat(delivery.path("method").asText()).isEqualTo("sendMessage");
    assertThat(delivery.path("chat_id").asLong()).isEqualTo(100007);
    assertThat(delivery.path("outcome").asText()).isEqualTo("sent");
    assertThat(raw).doesNotContain("một-câu-riêng-4412", TOKEN, "structured-log-token");
  }

  private static List<JsonNode> lines(Path log) {
    List<JsonNode> nodes = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("{")) {
          nodes.add(JSON.readTree(line));
        }
      }
    } catch (Exception e) {
      // not yet whole: read again
    }
    return nodes;
  }
}
