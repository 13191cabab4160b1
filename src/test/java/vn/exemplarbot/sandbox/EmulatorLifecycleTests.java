package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EmulatorLifecycleTests {

  @Test
  void closingStopsTheServerAndItsThreadsEvenDuringALongPoll() throws Exception {
    BotApiEmulator emulator = BotApiEmulator.start("1:t");
    HttpBotApi api = new HttpBotApi(emulator);
    CompletableFuture.runAsync(
        () -> {
          try {
            api.call("getUpdates", Map.of("timeout", 30));
          } catch (Exception ignored) {
            // the poll ends with the server
          }
        });
    await().until(() -> emulator.longPollsWaiting() == 1);

    emulator.close();

    await()
        .until(
            () ->
                Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("bot-api-emulator-")));
    assertThatThrownBy(() -> api.call("getMe", Map.of())).isInstanceOf(IOException.class);
  }

  @Test
  void runsSeveralEmulatorsSideBySide() throws Exception {
    try (BotApiEmulator one = BotApiEmulator.start("1:a");
        BotApiEmulator two = BotApiEmulator.start("2:b")) {
      assertThat(one.port()).isNotEqualTo(two.port());
      assertThat(new HttpBotApi(two).call("getMe", Map.of()).result().get("id").asLong())
          .isEqualTo(2L);
    }
  }
}
