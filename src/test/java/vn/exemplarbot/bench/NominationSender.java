package vn.exemplarbot.bench;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * One staff member filing a nomination step by step as on a phone: each step waits for the bot's
 * reply (a new message or the step's message edited in place) before the next, and the time from
 * the action to that reply is one step sample.
 */
final class NominationSender {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  /**
   * A person reads and taps for a moment between steps, on average this long, never two alike;
   * without it a robot meets Telegram's one message a second per chat and measures only that, and
   * fifty senders in step would all press in the same millisecond, which people never do.
   */
  private static final long THINK_MS = Long.getLong("bench.think", 1500);

  private final BotHarness bot;
  private final EmulatedUser user;
  private final Random pace;
  private LatencySamples steps;

  NominationSender(BotHarness bot, EmulatedUser user) {
    this.bot = bot;
    this.user = user;
    this.pace = new Random(user.id());
  }

  EmulatedUser user() {
    return user;
  }

  /** Files one nomination of a person; true when the bot said it was sent. */
  boolean nominate(BenchRoster.Nominee nominee, LatencySamples steps) {
    this.steps = steps;
    ChatMessage step = send("/nominate", "Bước 1/8");
    step = press(step, "Cá nhân", "thuộc phòng nào");
    step = press(step, nominee.divisionName(), "Chọn người");
    while (!has(step, nominee.name())) {
      step = press(step, "Sau ›", "Chọn người");
    }
    step = press(step, nominee.name(), "Bước 3/8");
    press(step, label(step, 1), "Bước 4/8");
    send(
        "Thành tích nổi bật của " + nominee.name() + " trong năm: dẫn đầu phong trào.",
        "Tiêu chuẩn 1/4");
    send("Gương mẫu chấp hành mọi chủ trương, chính sách.", "Tiêu chuẩn 2/4");
    send("Hoàn thành xuất sắc nhiệm vụ, có số liệu kèm theo.", "Tiêu chuẩn 3/4");
    send("Được đồng nghiệp ghi nhận, lan tỏa trong Sở.", "Tiêu chuẩn 4/4");
    step = send("Tham gia đủ các hoạt động từ thiện.", "Bước 6/8");
    step = press(step, "Bỏ qua", "Bước 7/8");
    step = press(step, "Không", "Bước 8/8");
    return press(step, "Gửi", "Đã gửi").text().contains("Đã gửi");
  }

  private ChatMessage send(String text, String expected) {
    think();
    long before = lastId();
    long start = System.nanoTime();
    user.send(text);
    return await(m -> m.messageId() > before && m.text().contains(expected), start);
  }

  private ChatMessage press(ChatMessage message, String label, String expected) {
    think();
    long before = lastId();
    String data = button(message, label).callbackData();
    long start = System.nanoTime();
    user.press(message.messageId(), data);
    return await(
        m ->
            ((m.messageId() == message.messageId() && !m.text().equals(message.text()))
                    || m.messageId() > before)
                && m.text().contains(expected),
        start);
  }

  private ChatMessage await(Predicate<ChatMessage> reply, long start) {
    ChatMessage m =
        bot.emulator()
            .awaitBotMessage(
                user.chatId(), x -> x.fromBot() && x.text() != null && reply.test(x), PATIENCE);
    steps.add(System.nanoTime() - start);
    return m;
  }

  /** Between half and one and a half times the average, seeded per sender: repeatable runs. */
  private void think() {
    long ms = THINK_MS / 2 + (long) (pace.nextDouble() * THINK_MS);
    LockSupport.parkNanos(ms * 1_000_000);
  }

  private long lastId() {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }

  private static boolean has(ChatMessage message, String label) {
    return message.buttons().stream().anyMatch(b -> b.text().equals(label));
  }

  /** The label of the n-th button of the message: a kind or a movement, whichever is first. */
  private static String label(ChatMessage message, int n) {
    return message.buttons().get(n).text();
  }

  private static ChatMessage.Button button(ChatMessage message, String label) {
    return message.buttons().stream()
        .filter(b -> b.text().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no button «" + label + "» in " + message));
  }
}
