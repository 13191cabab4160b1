package vn.exemplarbot.bench;

import java.util.Random;
import java.util.function.Predicate;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * A staff member of the chaos run filing nominations one after the other, each with an evidence
 * file, as on a phone: every step waits for the bot's answer (however many kills and faults lie in
 * between) before the next. An answer that never comes is a lost update, and a broken promise.
 */
final class ChaosNominator {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final ChaosRun run;
  private final ChaosWorld world;
  private final EmulatedUser user;
  private final int index;
  private final Random pace;

  ChaosNominator(ChaosRun run, ChaosWorld world, int index) {
    this.run = run;
    this.world = world;
    this.user = world.nominator(index);
    this.index = index;
    this.pace = new Random(run.seed + index);
  }

  void run() throws InterruptedException {
    for (int round = 0; run.loadRunning && round < 12; round++) {
      BenchRoster.Nominee nominee = world.senders().nominee(round, index);
      ChatMessage step = send("/nominate", "Bước 1/8");
      step = press(step, "Cá nhân", "thuộc phòng nào");
      step = press(step, nominee.divisionName(), "Chọn người");
      while (step.buttons().stream().noneMatch(b -> b.text().equals(nominee.name()))) {
        step = press(step, "Sau ›", "Chọn người");
      }
      step = press(step, nominee.name(), "Bước 3/8");
      press(step, step.buttons().get(1).text(), "Bước 4/8");
      send("Thành tích của " + nominee.name() + ": dẫn đầu phong trào.", "Tiêu chuẩn 1/4");
      send("Gương mẫu chấp hành.", "Tiêu chuẩn 2/4");
      send("Hoàn thành xuất sắc nhiệm vụ.", "Tiêu chuẩn 3/4");
      send("Được ghi nhận, lan tỏa.", "Tiêu chuẩn 4/4");
      send("Tham gia từ thiện.", "Bước 6/8");
      ChatMessage added = document("minh-chung-" + index + "-" + round + ".pdf");
      step = press(added, "Xong", "Bước 7/8");
      step = press(step, "Không", "Bước 8/8");
      press(step, "Gửi", "Đã gửi");
      run.nominationsSent.incrementAndGet();
    }
  }

  private ChatMessage send(String text, String expected) throws InterruptedException {
    think();
    long before = lastId();
    run.send(user, text);
    return await(m -> m.messageId() > before && m.text().contains(expected), expected);
  }

  private ChatMessage document(String name) throws InterruptedException {
    think();
    long before = lastId();
    run.sendDocument(user, name, "application/pdf", PDF);
    await(m -> m.messageId() > before && m.text().contains("Đã nhận tệp"), "Đã nhận tệp");
    // The step shown anew after the file: a newer message. An older one may still show «Xong»
    // (a copy delivered twice after an unknown fate keeps its buttons), and pressing it is stale.
    return await(
        m -> m.messageId() > before && m.buttons().stream().anyMatch(b -> b.text().equals("Xong")),
        "Xong");
  }

  private ChatMessage press(ChatMessage message, String label, String expected)
      throws InterruptedException {
    think();
    long before = lastId();
    String data =
        message.buttons().stream()
            .filter(b -> b.text().equals(label))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no «" + label + "» in " + message))
            .callbackData();
    run.press(user, message.messageId(), data);
    return await(
        m ->
            ((m.messageId() == message.messageId() && !m.text().equals(message.text()))
                    || m.messageId() > before)
                && m.text().contains(expected),
        expected);
  }

  private ChatMessage await(Predicate<ChatMessage> reply, String what) {
    try {
      return run.emulator.awaitBotMessage(
          user.chatId(), m -> m.fromBot() && m.text() != null && reply.test(m), ChaosRun.PATIENCE);
    } catch (AssertionError | RuntimeException e) {
      throw new IllegalStateException(
          "sender " + user.id() + " waited " + ChaosRun.PATIENCE + " for «" + what + "»", e);
    }
  }

  private void think() throws InterruptedException {
    Thread.sleep(500 + pace.nextInt(1500));
  }

  private long lastId() {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }
}
