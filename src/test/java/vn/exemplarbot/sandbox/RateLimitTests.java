package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTests {

  private BotApiEmulator emulator;
  private HttpBotApi api;

  @BeforeEach
  void start() {
    emulator = BotApiEmulator.start("1:t");
    api = new HttpBotApi(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void allowsOneMessagePerSecondInAPrivateChat() throws Exception {
    emulator.user(7, "an", "An");
    emulator.enforceRateLimits(true);

    HttpBotApi.Answer first = send(7, "one");
    HttpBotApi.Answer second = send(7, "two");

    assertThat(first.ok()).isTrue();
    assertThat(second.status()).isEqualTo(429);
    assertThat(second.description()).isEqualTo("Too Many Requests: retry after 1");
    assertThat(second.body().path("parameters").path("retry_after").asInt()).isEqualTo(1);
    assertThat(emulator.rateLimited()).isEqualTo(1);
    assertThat(emulator.chat(7)).extracting(ChatMessage::text).containsExactly("one");
  }

  @Test
  void countsEachPrivateChatApart() throws Exception {
    emulator.user(7, "an", "An");
    emulator.user(8, "binh", "Bình");
    emulator.enforceRateLimits(true);

    assertThat(send(7, "a").ok()).isTrue();
    assertThat(send(8, "b").ok()).isTrue();
    assertThat(emulator.rateLimited()).isZero();
  }

  @Test
  void allowsTwentyMessagesPerMinuteInAGroup() throws Exception {
    emulator.group(-5, "Hội đồng");
    emulator.enforceRateLimits(true);

    for (int i = 0; i < 20; i++) {
      assertThat(send(-5, "m" + i).ok()).isTrue();
    }
    HttpBotApi.Answer over = send(-5, "one too many");

    assertThat(over.status()).isEqualTo(429);
    assertThat(over.body().path("parameters").path("retry_after").asInt()).isBetween(50, 60);
  }

  @Test
  void allowsThirtyMessagesPerSecondOverall() throws Exception {
    for (int i = 1; i <= 31; i++) {
      emulator.user(i, null, "U" + i);
    }
    emulator.enforceRateLimits(true);

    long start = System.nanoTime();
    int refused = 0;
    for (int i = 1; i <= 31; i++) {
      refused += send(i, "hi").status() == 429 ? 1 : 0;
    }
    boolean withinASecond = System.nanoTime() - start < 900_000_000L;

    // On a machine too slow to send 31 within a second, fewer are refused, never more.
    assertThat(refused).isEqualTo(withinASecond ? 1 : refused).isLessThanOrEqualTo(1);
    assertThat(emulator.rateLimited()).isEqualTo(refused);
  }

  @Test
  void leavesReadsAndUnlimitedModeAlone() throws Exception {
    emulator.user(7, "an", "An");

    assertThat(send(7, "a").ok()).isTrue();
    assertThat(send(7, "b").ok()).isTrue();
    emulator.enforceRateLimits(true);
    for (int i = 0; i < 5; i++) {
      assertThat(api.call("getUpdates", Map.of()).ok()).isTrue();
    }
    assertThat(emulator.rateLimited()).isZero();
  }

  private HttpBotApi.Answer send(long chatId, String text) throws Exception {
    return api.call("sendMessage", Map.of("chat_id", chatId, "text", text));
  }
}
