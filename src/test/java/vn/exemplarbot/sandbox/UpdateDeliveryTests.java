package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class UpdateDeliveryTests {

  private BotApiEmulator emulator;
  private HttpBotApi api;
  private EmulatedUser an;

  @BeforeEach
  void start() {
    emulator = BotApiEmulator.start("1:t");
    api = new HttpBotApi(emulator);
    an = emulator.user(7, "an", "An");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void numbersUpdatesGloballyFromOne() {
    EmulatedUser binh = emulator.user(8, null, "Bình");

    assertThat(List.of(an.send("a"), binh.send("b"), an.send("c"))).containsExactly(1L, 2L, 3L);
  }

  @Test
  void keepsUpdatesUntilAHigherOffsetConfirmsThem() throws Exception {
    an.send("one");
    an.send("two");
    an.send("three");

    assertThat(ids(api.call("getUpdates", Map.of()).result())).containsExactly(1L, 2L, 3L);
    assertThat(ids(api.call("getUpdates", Map.of("offset", 1)).result()))
        .containsExactly(1L, 2L, 3L);
    assertThat(ids(api.call("getUpdates", Map.of("offset", 3)).result())).containsExactly(3L);
    assertThat(ids(api.call("getUpdates", Map.of("offset", 1)).result())).containsExactly(3L);
    assertThat(ids(api.call("getUpdates", Map.of("offset", 4)).result())).isEmpty();
  }

  @Test
  void honoursLimitAndNegativeOffset() throws Exception {
    for (int i = 0; i < 5; i++) {
      an.send("m" + i);
    }

    assertThat(ids(api.call("getUpdates", Map.of("limit", 2)).result())).containsExactly(1L, 2L);
    assertThat(ids(api.call("getUpdates", Map.of("offset", -2)).result())).containsExactly(4L, 5L);
    assertThat(ids(api.call("getUpdates", Map.of()).result())).containsExactly(4L, 5L);
  }

  @Test
  void wakesALongPollWhenAnUpdateArrives() throws Exception {
    CompletableFuture<HttpBotApi.Answer> poll =
        CompletableFuture.supplyAsync(() -> call("getUpdates", Map.of("timeout", 20)));
    await().until(() -> emulator.longPollsWaiting() == 1);
    long sent = System.nanoTime();

    an.send("wake up");

    HttpBotApi.Answer answer = poll.get(5, TimeUnit.SECONDS);
    assertThat(ids(answer.result())).containsExactly(1L);
    assertThat(System.nanoTime() - sent).isLessThan(TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void endsALongPollEmptyAtTheTimeout() throws Exception {
    long start = System.nanoTime();

    HttpBotApi.Answer answer = api.call("getUpdates", Map.of("timeout", 1));

    assertThat(answer.result()).isEmpty();
    assertThat(System.nanoTime() - start)
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900));
  }

  @Test
  void redeliversAConfirmedUpdateWithTheSameIdAndContent() throws Exception {
    an.send("once");
    JsonNode first = api.call("getUpdates", Map.of()).result().get(0);
    assertThat(api.call("getUpdates", Map.of("offset", 2)).result()).isEmpty();

    emulator.redeliver(1);

    assertThat(api.call("getUpdates", Map.of("offset", 2)).result()).containsExactly(first);
    assertThat(api.call("getUpdates", Map.of("offset", 2)).result()).isEmpty();
  }

  @Test
  void shapesUpdatesSoTelegramBotsReadsThem() throws Exception {
    an.send("/start@" + emulator.botUsername() + " abc");
    an.shareContact("+84901234567", 7L);
    an.sendDocument("report.pdf", "application/pdf", new byte[] {1, 2, 3});
    an.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8});
    api.call(
        "sendMessage",
        Map.of(
            "chat_id",
            7,
            "text",
            "Vote?",
            "reply_markup",
            Map.of(
                "inline_keyboard", List.of(List.of(Map.of("text", "Yes", "callback_data", "y"))))));
    an.press(5, "y");

    List<Update> updates = new ArrayList<>();
    for (JsonNode u : api.call("getUpdates", Map.of()).result()) {
      updates.add(new ObjectMapper().readValue(u.toString(), Update.class));
    }

    Message command = updates.get(0).getMessage();
    assertThat(command.isCommand()).isTrue();
    assertThat(command.getEntities().get(0).getLength())
        .isEqualTo(("/start@" + emulator.botUsername()).length());
    assertThat(command.getFrom().getLanguageCode()).isEqualTo("vi");
    assertThat(command.getChat().isUserChat()).isTrue();
    assertThat(updates.get(1).getMessage().getContact().getUserId()).isEqualTo(7L);
    assertThat(updates.get(2).getMessage().getDocument().getFileName()).isEqualTo("report.pdf");
    assertThat(updates.get(3).getMessage().getPhoto()).hasSize(2);
    assertThat(updates.get(4).getCallbackQuery().getData()).isEqualTo("y");
    assertThat(updates.get(4).getCallbackQuery().getMessage().getMessageId()).isEqualTo(5);
    assertThat(updates.get(4).getCallbackQuery().getId()).isEqualTo(an.lastCallbackQueryId());
  }

  private HttpBotApi.Answer call(String method, Map<String, ?> params) {
    try {
      return api.call(method, params);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Long> ids(JsonNode updates) {
    List<Long> ids = new ArrayList<>();
    updates.forEach(u -> ids.add(u.get("update_id").asLong()));
    return ids;
  }
}
