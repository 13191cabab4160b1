package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BotApiSpecTests {

  private final BotApiSpec spec = new BotApiSpec();
  private BotApiEmulator emulator;
  private HttpBotApi api;

  @BeforeEach
  void start() {
    emulator = BotApiEmulator.start("1:t");
    emulator.requestValidator(spec);
    emulator.user(7, "an", "An");
    api = new HttpBotApi(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void readsTheCommittedReduction() {
    assertThat(spec.version()).startsWith("Bot API ");
  }

  @Test
  void acceptsAWellFormedRequestWithTheMethodField() throws Exception {
    HttpBotApi.Answer answer =
        api.call(
            "sendmessage",
            Map.of(
                "method",
                "sendmessage",
                "chat_id",
                "7",
                "text",
                "hi",
                "disable_notification",
                true));

    assertThat(answer.ok()).isTrue();
    assertThat(emulator.violations()).isEmpty();
  }

  @Test
  void rejectsAnUnknownFieldWithoutProcessing() throws Exception {
    HttpBotApi.Answer answer =
        api.call("sendMessage", Map.of("chat_id", 7, "text", "hi", "colour", "red"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.description()).isEqualTo("Bad Request: unknown field colour");
    assertThat(emulator.violations()).containsExactly("sendMessage: unknown field colour");
    assertThat(emulator.chat(7)).isEmpty();
  }

  @Test
  void rejectsAnUnknownMethodAndAMissingRequiredField() throws Exception {
    api.call("sendTelepathy", Map.of());
    api.call("sendMessage", Map.of("chat_id", 7));

    assertThat(emulator.violations())
        .containsExactly(
            "sendTelepathy: unknown method sendTelepathy",
            "sendMessage: missing required field text");
  }

  @Test
  void rejectsTextOver4096Characters() throws Exception {
    HttpBotApi.Answer answer =
        api.call("sendMessage", Map.of("chat_id", 7, "text", "á".repeat(4097)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(emulator.violations()).singleElement().asString().contains("longer than 4096");
  }

  @Test
  void rejectsCallbackDataOver64Bytes() throws Exception {
    String data = "đ".repeat(33);
    Map<String, Object> markup =
        Map.of("inline_keyboard", List.of(List.of(Map.of("text", "x", "callback_data", data))));

    HttpBotApi.Answer answer =
        api.call("sendMessage", Map.of("chat_id", 7, "text", "hi", "reply_markup", markup));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(emulator.violations())
        .singleElement()
        .asString()
        .contains("callback_data must be 1-64 bytes");
  }

  @Test
  void checksTheJsonKindOfEachField() {
    assertThat(spec.check("sendMessage", Map.of("chat_id", 7, "text", 5)))
        .containsExactly("text is not [\"String\"]: 5");
    assertThat(spec.check("editMessageText", Map.of("chat_id", 7, "message_id", "1", "text", "a")))
        .hasSize(1);
    assertThat(spec.check("sendMessage", Map.of("chat_id", true, "text", "a"))).hasSize(1);
    assertThat(
            spec.check("sendMessage", Map.of("chat_id", 7, "text", "a", "reply_markup", List.of())))
        .hasSize(1);
    assertThat(spec.check("setMyCommands", Map.of("commands", Map.of()))).hasSize(1);
    assertThat(
            spec.check(
                "sendMessage",
                Map.of(
                    "chat_id",
                    7,
                    "text",
                    "a",
                    "reply_markup",
                    Map.of("inline_keyboard", List.of()))))
        .isEmpty();
  }

  @Test
  void acceptsStringsOfTheRightShapeInFormBodies() throws Exception {
    Map<String, Object> form =
        Map.of(
            "chat_id",
            "7",
            "message_id",
            "3",
            "text",
            "a",
            "reply_markup",
            "{\"inline_keyboard\":[]}");

    assertThat(spec.check("editMessageText", form, true)).isEmpty();
    assertThat(
            spec.check(
                "editMessageText",
                Map.of("chat_id", "7", "message_id", "three", "text", "a"),
                true))
        .hasSize(1);
    assertThat(
            spec.check(
                "editMessageText",
                Map.of("chat_id", "7", "message_id", "1", "text", "a", "reply_markup", "{oops"),
                true))
        .hasSize(1);
    assertThat(api.form("sendMessage", "chat_id=7&text=hi&disable_notification=true").ok())
        .isTrue();
  }

  @Test
  void acceptsAnUploadedFileForAnInputFileField() throws Exception {
    HttpBotApi.Answer answer =
        api.multipart("sendDocument", Map.of("chat_id", "7"), "document", "a.txt", new byte[] {1});

    assertThat(answer.ok()).isTrue();
    assertThat(emulator.violations()).isEmpty();
  }
}
