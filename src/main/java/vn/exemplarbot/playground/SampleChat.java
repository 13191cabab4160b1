package vn.exemplarbot.playground;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * One emulated person talking to the bot as on a phone: typing, pressing a button by its label, and
 * waiting for the bot's answer. A step that gets no answer fails with what it waited for.
 */
final class SampleChat {

  private final BotApiEmulator emulator;
  private final EmulatedUser user;
  private final String who;
  private final Duration timeout;

  SampleChat(BotApiEmulator emulator, EmulatedUser user, String who, Duration timeout) {
    this.emulator = emulator;
    this.user = user;
    this.who = who;
    this.timeout = timeout;
  }

  /** Registers with /start unless the chat already shows the bot's greeting. */
  SampleChat registered() {
    boolean greeted = user.chat().stream().anyMatch(m -> m.fromBot() && has(m, "Xin chào"));
    if (!greeted) {
      say("/start", "Xin chào");
    }
    return this;
  }

  /** Sends a text; waits for a newer bot message with every fragment. */
  ChatMessage say(String text, String... fragments) {
    long before = newest();
    user.send(text);
    return awaitAfter(before, -1, null, fragments);
  }

  /** Sends a document; waits for a newer bot message with every fragment. */
  ChatMessage sendDocument(String name, String type, byte[] bytes, String... fragments) {
    long before = newest();
    user.sendDocument(name, type, bytes);
    return awaitAfter(before, -1, null, fragments);
  }

  /**
   * Presses the button so labelled on the newest bot message that has it; waits for a newer bot
   * message, or that one edited, with every fragment.
   */
  ChatMessage press(String label, String... fragments) {
    return press(withButton(label).orElseThrow(() -> failed("«" + label + "»")), label, fragments);
  }

  /** Presses the button so labelled on this message; waits as {@link #press(String, String...)}. */
  ChatMessage press(ChatMessage card, String label, String... fragments) {
    if (card.buttons().stream().noneMatch(b -> b.text().equals(label))) {
      throw failed("«" + label + "»");
    }
    long before = newest();
    user.press(card.messageId(), button(card, label).callbackData());
    return awaitAfter(before, card.messageId(), card.text(), fragments);
  }

  /** The newest bot message with a button so labelled, if any. */
  Optional<ChatMessage> withButton(String label) {
    List<ChatMessage> chat = user.chat();
    for (int i = chat.size() - 1; i >= 0; i--) {
      ChatMessage m = chat.get(i);
      if (m.fromBot() && m.buttons().stream().anyMatch(b -> b.text().equals(label))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Waits for a bot message with every fragment, however old. */
  ChatMessage await(String... fragments) {
    return awaitAfter(0, -1, null, fragments);
  }

  private ChatMessage awaitAfter(long after, long edited, String was, String... fragments) {
    try {
      return emulator.awaitBotMessage(
          user.chatId(),
          m ->
              (m.messageId() > after || (m.messageId() == edited && !m.text().equals(was)))
                  && Stream.of(fragments).allMatch(f -> has(m, f)),
          timeout);
    } catch (AssertionError e) {
      throw failed("«" + String.join("», «", fragments) + "»");
    }
  }

  private long newest() {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }

  private static ChatMessage.Button button(ChatMessage m, String label) {
    return m.buttons().stream().filter(b -> b.text().equals(label)).findFirst().orElseThrow();
  }

  private static boolean has(ChatMessage m, String fragment) {
    return m.text() != null && m.text().contains(fragment);
  }

  private SampleDataException failed(String what) {
    return new SampleDataException(
        who + ": không thấy " + what + " / no " + what + " from the bot");
  }
}
