package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BotApiEmulatorTests {

  private static final String TOKEN = "123456:test-token";
  private static final String KEYBOARD =
      "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"y\"},{\"text\":\"No\",\"callback_data\":\"n\"}]]}";

  private BotApiEmulator emulator;
  private HttpBotApi api;

  @BeforeEach
  void start() {
    emulator = BotApiEmulator.start(TOKEN);
    api = new HttpBotApi(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void listensOnLoopbackWithTheBotIdentity() throws Exception {
    HttpBotApi.Answer me = api.call("getMe", Map.of());

    assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.result().get("id").asLong()).isEqualTo(123456L);
    assertThat(me.result().get("is_bot").asBoolean()).isTrue();
    assertThat(me.result().get("username").asText()).isEqualTo(emulator.botUsername());
  }

  @Test
  void rejectsAWrongTokenWith401() throws Exception {
    HttpBotApi.Answer answer = api.callWithToken("999:wrong", "getMe", Map.of());

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().toString())
        .isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
  }

  @Test
  void answersAnUnknownMethodWith404() throws Exception {
    HttpBotApi.Answer answer = api.call("sendTelepathy", Map.of());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().toString())
        .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
  }

  @Test
  void acceptsMethodNamesInAnyCaseAndRecordsTheCanonicalName() throws Exception {
    emulator.user(7, "an", "An");

    HttpBotApi.Answer answer =
        api.call("sendmessage", Map.of("chat_id", "7", "text", "hi", "method", "sendmessage"));

    assertThat(answer.ok()).isTrue();
    assertThat(emulator.requests())
        .last()
        .extracting(RecordedRequest::method)
        .isEqualTo("sendMessage");
  }

  @Test
  void acceptsFormBodiesAndQueryStrings() throws Exception {
    emulator.user(7, "an", "An");

    assertThat(api.form("sendMessage", "chat_id=7&text=xin+ch%C3%A0o").ok()).isTrue();
    assertThat(api.get("sendMessage?chat_id=7&text=again").ok()).isTrue();

    assertThat(emulator.chat(7)).extracting(ChatMessage::text).containsExactly("xin chào", "again");
  }

  @Test
  void numbersMessagesPerChatFromOne() throws Exception {
    EmulatedUser an = emulator.user(7, "an", "An");
    emulator.user(8, null, "Binh");
    an.send("hello");

    long first =
        api.call("sendMessage", Map.of("chat_id", 7, "text", "a"))
            .result()
            .get("message_id")
            .asLong();
    long other =
        api.call("sendMessage", Map.of("chat_id", 8, "text", "b"))
            .result()
            .get("message_id")
            .asLong();
    long second =
        api.call("sendMessage", Map.of("chat_id", 7, "text", "c"))
            .result()
            .get("message_id")
            .asLong();

    assertThat(List.of(first, other, second)).containsExactly(2L, 1L, 3L);
  }

  @Test
  void refusesAChatNobodyWroteFrom() throws Exception {
    HttpBotApi.Answer answer = api.call("sendMessage", Map.of("chat_id", 42, "text", "hi"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.description()).isEqualTo("Bad Request: chat not found");
  }

  @Test
  void postsToARegisteredGroup() throws Exception {
    emulator.group(-100, "Ban giám khảo");

    HttpBotApi.Answer answer = api.call("sendMessage", Map.of("chat_id", -100, "text", "Họp"));

    assertThat(answer.result().path("chat").path("type").asText()).isEqualTo("group");
    assertThat(emulator.chat(-100)).extracting(ChatMessage::text).containsExactly("Họp");
  }

  @Test
  void answers403WhenTheUserBlockedTheBot() throws Exception {
    emulator.user(7, "an", "An").blockBot(true);

    HttpBotApi.Answer answer = api.call("sendMessage", Map.of("chat_id", 7, "text", "hi"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.description()).isEqualTo("Forbidden: bot was blocked by the user");
  }

  @Test
  void refusesEmptyAndTooLongText() throws Exception {
    emulator.user(7, "an", "An");

    assertThat(api.call("sendMessage", Map.of("chat_id", 7, "text", "")).description())
        .isEqualTo("Bad Request: message text is empty");
    assertThat(
            api.call("sendMessage", Map.of("chat_id", 7, "text", "x".repeat(4097))).description())
        .isEqualTo("Bad Request: message is too long");
    assertThat(api.call("sendMessage", Map.of("chat_id", 7, "text", "x".repeat(4096))).ok())
        .isTrue();
  }

  @Test
  void appliesEditsToTheVisibleHistory() throws Exception {
    emulator.user(7, "an", "An");
    api.call("sendMessage", Map.of("chat_id", 7, "text", "Vote?", "reply_markup", KEYBOARD));

    HttpBotApi.Answer edit =
        api.call("editMessageText", Map.of("chat_id", 7, "message_id", 1, "text", "Voted"));

    assertThat(edit.ok()).isTrue();
    assertThat(emulator.chat(7))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Voted");
              assertThat(m.edited()).isTrue();
              assertThat(m.keyboard()).isEmpty();
            });
  }

  @Test
  void refusesAnEditThatChangesNothing() throws Exception {
    emulator.user(7, "an", "An");
    api.call("sendMessage", Map.of("chat_id", 7, "text", "Vote?", "reply_markup", KEYBOARD));

    HttpBotApi.Answer same =
        api.call(
            "editMessageText",
            Map.of("chat_id", 7, "message_id", 1, "text", "Vote?", "reply_markup", KEYBOARD));
    HttpBotApi.Answer sameMarkup =
        api.call(
            "editMessageReplyMarkup",
            Map.of("chat_id", 7, "message_id", 1, "reply_markup", KEYBOARD));

    assertThat(same.status()).isEqualTo(400);
    assertThat(same.description())
        .isEqualTo(
            "Bad Request: message is not modified: specified new message content and reply markup"
                + " are exactly the same as a current content and reply markup of the message");
    assertThat(sameMarkup.description()).startsWith("Bad Request: message is not modified");
  }

  @Test
  void refusesToEditAMessageThatIsNotThere() throws Exception {
    emulator.user(7, "an", "An");

    HttpBotApi.Answer answer =
        api.call("editMessageText", Map.of("chat_id", 7, "message_id", 5, "text", "x"));

    assertThat(answer.description()).isEqualTo("Bad Request: message to edit not found");
  }

  @Test
  void refusesToEditTheTextOfADocumentOrAUserMessage() throws Exception {
    emulator.user(7, "an", "An").send("mine");
    api.multipart("sendDocument", Map.of("chat_id", "7"), "document", "a.txt", new byte[] {1});

    assertThat(
            api.call("editMessageText", Map.of("chat_id", 7, "message_id", 1, "text", "x"))
                .description())
        .isEqualTo("Bad Request: message can't be edited");
    assertThat(
            api.call("editMessageText", Map.of("chat_id", 7, "message_id", 2, "text", "x"))
                .description())
        .isEqualTo("Bad Request: there is no text in the message to edit");
  }

  @Test
  void letsUsersWriteAndPressInAGroup() throws Exception {
    emulator.group(-100, "Hội đồng");
    EmulatedUser an = emulator.user(7, "an", "An");
    an.sendIn(-100, "/vote@" + emulator.botUsername());
    api.call("sendMessage", Map.of("chat_id", -100, "text", "Vote?", "reply_markup", KEYBOARD));

    an.pressIn(-100, 2, "y");

    com.fasterxml.jackson.databind.JsonNode updates = api.call("getUpdates", Map.of()).result();
    assertThat(updates.get(0).at("/message/chat/type").asText()).isEqualTo("group");
    assertThat(updates.get(1).at("/callback_query/message/chat/id").asLong()).isEqualTo(-100L);
    assertThat(updates.get(1).at("/callback_query/from/id").asLong()).isEqualTo(7L);
  }

  @Test
  void removesDeletedMessagesFromTheHistory() throws Exception {
    emulator.user(7, "an", "An");
    api.call("sendMessage", Map.of("chat_id", 7, "text", "one"));
    api.call("sendMessage", Map.of("chat_id", 7, "text", "two"));

    assertThat(api.call("deleteMessage", Map.of("chat_id", 7, "message_id", 1)).ok()).isTrue();
    assertThat(api.call("deleteMessage", Map.of("chat_id", 7, "message_id", 1)).description())
        .isEqualTo("Bad Request: message to delete not found");
    assertThat(emulator.chat(7)).extracting(ChatMessage::text).containsExactly("two");
  }

  @Test
  void recordsCallbackAnswersOnceEach() throws Exception {
    EmulatedUser an = emulator.user(7, "an", "An");
    api.call("sendMessage", Map.of("chat_id", 7, "text", "Vote?", "reply_markup", KEYBOARD));
    an.press(1, "y");
    String id = an.lastCallbackQueryId();

    HttpBotApi.Answer first =
        api.call("answerCallbackQuery", Map.of("callback_query_id", id, "text", "Thanks"));
    HttpBotApi.Answer again = api.call("answerCallbackQuery", Map.of("callback_query_id", id));

    assertThat(first.ok()).isTrue();
    assertThat(again.status()).isEqualTo(400);
    assertThat(emulator.callbackAnswers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.callbackQueryId()).isEqualTo(id);
              assertThat(a.text()).isEqualTo("Thanks");
              assertThat(a.answeredNanos()).isGreaterThanOrEqualTo(a.pressedNanos());
            });
  }

  @Test
  void refusesACallbackAnswerLongerThan200Characters() throws Exception {
    EmulatedUser an = emulator.user(7, "an", "An");
    api.call("sendMessage", Map.of("chat_id", 7, "text", "Vote?", "reply_markup", KEYBOARD));
    an.press(1, "y");

    HttpBotApi.Answer answer =
        api.call(
            "answerCallbackQuery",
            Map.of("callback_query_id", an.lastCallbackQueryId(), "text", "x".repeat(201)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(emulator.callbackAnswers()).isEmpty();
  }

  @Test
  void keepsCommandsPerScopeAndLanguage() throws Exception {
    emulator.user(7, "an", "An");
    List<Map<String, String>> commands =
        List.of(Map.of("command", "start", "description", "Bắt đầu"));
    List<Map<String, String>> admin =
        List.of(
            Map.of("command", "nominate", "description", "Đề cử"),
            Map.of("command", "report", "description", "Báo cáo"));

    api.call("setMyCommands", Map.of("commands", commands));
    api.call(
        "setMyCommands",
        Map.of(
            "commands",
            admin,
            "scope",
            Map.of("type", "chat", "chat_id", "7"),
            "language_code",
            "vi"));

    assertThat(emulator.commandsFor(7)).isEqualTo(Map.of("vi", List.of("nominate", "report")));
    assertThat(emulator.commandsForScope("default")).isEqualTo(Map.of("", List.of("start")));
    assertThat(api.call("getMyCommands", Map.of()).result().get(0).get("command").asText())
        .isEqualTo("start");
  }

  @Test
  void awaitBotMessageFailsWithTheChatDump() {
    emulator.user(7, "an", "An").send("hello");

    assertThatThrownBy(() -> emulator.awaitBotMessage(7, m -> true, Duration.ofMillis(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("#1 user: hello");
  }
}
