package vn.exemplarbot.bench;

import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The director asking {@code /status} and {@code /report} through the chaos run, each answer
 * awaited before the next command (as a person would), and the secretary's {@code /ballot_audit} at
 * the end.
 */
final class ChaosSecretary {

  private final ChaosRun run;

  ChaosSecretary(ChaosRun run) {
    this.run = run;
  }

  void run() throws InterruptedException {
    EmulatedUser director = run.emulator.user(ChaosWorld.DIRECTOR, null, "Bình");
    int asked = 0;
    while (run.loadRunning) {
      Thread.sleep(20_000);
      if (asked++ % 3 == 2) {
        long before = last(director);
        run.send(director, "/report");
        run.emulator.awaitBotMessage(
            director.chatId(), m -> m.fromBot() && m.messageId() > before, ChaosRun.PATIENCE);
      } else {
        exchange(run, director, "/status", "Chu kỳ thi đua năm");
      }
    }
  }

  /** {@code /ballot_audit} after the run: the box recounted must match the minutes. */
  void audit() {
    EmulatedUser lan = run.emulator.user(ChaosRun.LAN, null, "Lan");
    ChatMessage answer = exchange(run, lan, "/ballot_audit", "Phiếu bầu số");
    if (!answer.text().contains("KHỚP với biên bản") || answer.text().contains("KHÔNG KHỚP")) {
      run.problems.add("/ballot_audit: " + answer.text());
    }
  }

  static ChatMessage exchange(ChaosRun run, EmulatedUser user, String text, String expected) {
    long before = last(user);
    run.send(user, text);
    return run.emulator.awaitBotMessage(
        user.chatId(),
        m ->
            m.fromBot()
                && m.messageId() > before
                && m.text() != null
                && m.text().contains(expected),
        ChaosRun.PATIENCE);
  }

  static ChatMessage pressAndAwait(
      ChaosRun run, EmulatedUser user, ChatMessage message, int button, String expected) {
    long before = last(user);
    run.press(user, message.messageId(), message.buttons().get(button).callbackData());
    return run.emulator.awaitBotMessage(
        user.chatId(),
        m ->
            m.fromBot()
                && (m.messageId() == message.messageId() || m.messageId() > before)
                && m.text() != null
                && m.text().contains(expected),
        ChaosRun.PATIENCE);
  }

  static long last(EmulatedUser user) {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }
}
