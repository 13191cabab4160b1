package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Reply;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * A flood does not bury its own sender (issue 12, finding 4): with Telegram's pace of one message a
 * second per chat, three hundred lines of free text get one hint, a burst of commands gets the
 * latest answered and one line saying the others were skipped, and the person's next command is
 * answered within seconds. Nothing meant for anyone else, no document and no message with its own
 * buttons is dropped.
 */
class FloodTests {

  private static final Duration PROMPT = Duration.ofSeconds(8);

  @TempDir static Path work;
  static BotHarness bot;

  @BeforeAll
  static void start() {
    bot =
        BotHarness.prepare(work)
            .property("telegram.chat-interval", "1s")
            .property("exemplar.conversation.hint-interval", "PT30S")
            .start();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  void threeHundredLinesOfFreeTextGetOneHintAndTheNextCommandIsAnsweredWithinSeconds() {
    EmulatedUser user = registered(100003, "Phạm Minh Tuấn");
    for (int i = 0; i < 300; i++) {
      user.send("dòng " + i);
    }
    awaitHandled(user, 300);
    long sentAt = System.nanoTime();
    long before = lastMessageId(user);
    user.send("/help");
    awaitNewer(user, before, t -> t.contains("Các lệnh của bạn"), PROMPT);
    assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isLessThan(PROMPT);
    assertThat(texts(user)).filteredOn(t -> t.contains("Tôi chưa hiểu tin nhắn này")).hasSize(1);
  }

  @Test
  void aBurstOfCommandsIsAnsweredByTheLatestAndWhatOthersAreOwedStays() {
    EmulatedUser user = registered(100004, "Xin chào");
    EmulatedUser other = registered(100023, "Xin chào");
    for (int i = 0; i < 60; i++) {
      user.send(i % 2 == 0 ? "/help" : "/khongco");
    }
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> {
              Outbox outbox = bot.bean(Outbox.class);
              outbox.toChat(user.chatId(), new Message.Text("Thông báo riêng cho chị Lan"));
              outbox.toChat(other.chatId(), new Message.Text("Thông báo cho anh Thắng"));
            });
    awaitHandled(user, 60);
    long before = lastMessageId(user);
    long sentAt = System.nanoTime();
    user.send("/my");
    awaitNewer(user, before, t -> t.contains("Bạn chưa có bản nháp hay đề cử nào"), PROMPT);
    assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isLessThan(PROMPT);

    await().atMost(Duration.ofSeconds(20)).until(() -> pending(user) == 0);
    List<String> texts = texts(user);
    assertThat(texts).filteredOn(t -> t.contains("Thông báo riêng cho chị Lan")).hasSize(1);
    assertThat(texts(other)).filteredOn(t -> t.contains("Thông báo cho anh Thắng")).hasSize(1);
    long answered =
        texts.stream()
            .filter(t -> t.contains("Các lệnh của bạn") || t.contains("/khongco"))
            .count();
    assertThat(answered).as("answers to the 60 commands of the burst").isLessThan(10);
    assertThat(texts).filteredOn(t -> t.contains("Tôi đã bỏ qua câu trả lời")).isNotEmpty();
    assertThat(coalesced(user)).isGreaterThan(50);
    assertThat(
            jdbc()
                .sql(
                    "SELECT count(*) FROM outbox WHERE status = 'coalesced' AND payload IS NOT NULL")
                .query(Integer.class)
                .single())
        .as("a dropped reply keeps no text")
        .isZero();
  }

  /**
   * The same reply waits once; a reply with other buttons, a document and a reply to another chat
   * are each queued as they come.
   */
  @Test
  void anIdenticalWaitingReplyIsNotQueuedTwiceButDifferentButtonsAre() {
    EmulatedUser user = registered(100014, "Xin chào");
    long before = lastMessageId(user);
    Markup yes = Markup.Inline.of(new Button("Có", "x:1"));
    Markup no = Markup.Inline.of(new Button("Không", "x:2"));
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> {
              Outbox outbox = bot.bean(Outbox.class);
              // The head of the chat's queue may be on its way: the rule is for what waits behind.
              outbox.toChat(user.chatId(), new Message.Text("Đầu hàng"));
              for (int i = 0; i < 5; i++) {
                outbox.reply(null, user.chatId(), new Message.Text("Chọn một", yes), Reply.INPUT);
              }
              outbox.reply(null, user.chatId(), new Message.Text("Chọn một", no), Reply.INPUT);
              outbox.reply(null, user.chatId(), new Message.Text("Chọn một"), Reply.INPUT);
              outbox.toChat(user.chatId(), new Message.Text("Chọn một", yes));
            });
    await().atMost(Duration.ofSeconds(20)).until(() -> pending(user) == 0);
    List<ChatMessage> got =
        user.chat().stream()
            .filter(m -> m.fromBot() && m.messageId() > before && "Chọn một".equals(m.text()))
            .toList();
    assertThat(got).hasSize(4);
  }

  private static EmulatedUser registered(long id, String name) {
    EmulatedUser user = bot.user(id, null, "x");
    bot.exchange(user, "/start", name);
    return user;
  }

  private static void awaitHandled(EmulatedUser user, int atLeast) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc()
                        .sql("SELECT count(*) FROM inbox WHERE handled_at IS NULL")
                        .query(Integer.class)
                        .single()
                    == 0);
  }

  private static void awaitNewer(
      EmulatedUser user, long before, Predicate<String> text, Duration within) {
    bot.emulator()
        .awaitBotMessage(
            user.chatId(),
            m -> m.fromBot() && m.messageId() > before && m.text() != null && text.test(m.text()),
            within);
  }

  private static long lastMessageId(EmulatedUser user) {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }

  private static List<String> texts(EmulatedUser user) {
    return user.chat().stream().filter(ChatMessage::fromBot).map(ChatMessage::text).toList();
  }

  private static int pending(EmulatedUser user) {
    return jdbc()
        .sql("SELECT count(*) FROM outbox WHERE status = 'pending' AND chat_id = :c")
        .param("c", user.chatId())
        .query(Integer.class)
        .single();
  }

  private static int coalesced(EmulatedUser user) {
    return jdbc()
        .sql("SELECT count(*) FROM outbox WHERE status = 'coalesced' AND chat_id = :c")
        .param("c", user.chatId())
        .query(Integer.class)
        .single();
  }

  private static JdbcClient jdbc() {
    return bot.bean(JdbcClient.class);
  }
}
