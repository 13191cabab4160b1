package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import vn.exemplarbot.sandbox.CallbackAnswer;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** The steps of a nomination as people take them, shared by the nomination tests. */
final class NominationSteps {

  private final BotHarness bot;

  NominationSteps(BotHarness bot) {
    this.bot = bot;
  }

  EmulatedUser registered(long telegramId) {
    EmulatedUser user = bot.user(telegramId, null, "x");
    if (user.chat().stream()
        .noneMatch(m -> m.fromBot() && m.text() != null && m.text().contains("Xin chào"))) {
      bot.exchange(user, "/start", "Xin chào");
    }
    return user;
  }

  /** Presses a button by its label; waits for that message edited (or a new one) with the text. */
  ChatMessage press(EmulatedUser user, ChatMessage message, String label, String... expected) {
    long before = user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
    user.press(message.messageId(), button(message, label).callbackData());
    return bot.emulator()
        .awaitBotMessage(
            user.chatId(),
            m ->
                m.fromBot()
                    && m.text() != null
                    && ((m.messageId() == message.messageId() && !m.text().equals(message.text()))
                        || m.messageId() > before)
                    && Stream.of(expected).allMatch(m.text()::contains),
            Duration.ofSeconds(10));
  }

  String pressForAlert(EmulatedUser user, ChatMessage message, String label) {
    return forAlert(user, message.messageId(), button(message, label).callbackData());
  }

  /** Presses any data on a message of this user's chat, as a forger would, for the alert. */
  String forAlert(EmulatedUser user, long messageId, String data) {
    user.press(messageId, data);
    CallbackAnswer answer = answerTo(user);
    assertThat(answer.showAlert()).isTrue();
    return answer.text();
  }

  CallbackAnswer answerTo(EmulatedUser user) {
    String query = user.lastCallbackQueryId();
    return await()
        .until(
            () ->
                bot.emulator().callbackAnswers().stream()
                    .filter(a -> a.callbackQueryId().equals(query))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** Waits for a bot message newer than {@code earlier} with the fragments. */
  static ChatMessage after(
      BotHarness bot, EmulatedUser user, ChatMessage earlier, String... fragments) {
    return bot.emulator()
        .awaitBotMessage(
            user.chatId(),
            m ->
                m.messageId() > earlier.messageId()
                    && m.text() != null
                    && Stream.of(fragments).allMatch(m.text()::contains),
            Duration.ofSeconds(10));
  }

  static ChatMessage.Button button(ChatMessage message, String label) {
    return message.buttons().stream()
        .filter(b -> b.text().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button «" + label + "» in " + message));
  }

  /** From {@code /nominate} to the summary of a collective, every answer given. */
  ChatMessage summaryOfCollective(EmulatedUser user, String division) {
    ChatMessage step = bot.exchange(user, "/nominate", "Bước 1/8");
    step = press(user, step, "Tập thể", "Tập thể (phòng) nào");
    step = press(user, step, division, "Bước 3/8");
    press(user, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(user, "Đơn vị dẫn đầu", "Tiêu chuẩn 1/4");
    return answerCriteriaAndFinish(user);
  }

  /** From {@code /nominate} to the summary of a person of a division, every answer given. */
  ChatMessage summaryOfPerson(EmulatedUser user, String division, String name) {
    ChatMessage step = bot.exchange(user, "/nominate", "Bước 1/8");
    step = press(user, step, "Cá nhân", "thuộc phòng nào");
    step = press(user, step, division, "Chọn người");
    step = press(user, step, name, "Bước 3/8");
    press(user, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(user, "Thành tích của " + name, "Tiêu chuẩn 1/4");
    return answerCriteriaAndFinish(user);
  }

  /** Answers the four criteria, skips the files, says no new factor; returns the summary. */
  ChatMessage answerCriteriaAndFinish(EmulatedUser user) {
    bot.exchange(user, "Trả lời 1", "Tiêu chuẩn 2/4");
    bot.exchange(user, "Trả lời 2", "Tiêu chuẩn 3/4");
    bot.exchange(user, "Trả lời 3", "Tiêu chuẩn 4/4");
    ChatMessage files = bot.exchange(user, "Trả lời 4", "Bước 6/8");
    ChatMessage factor = press(user, files, "Bỏ qua", "Bước 7/8");
    return press(user, factor, "Không", "Bước 8/8");
  }
}
