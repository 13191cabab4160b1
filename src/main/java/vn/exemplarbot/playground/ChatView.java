package vn.exemplarbot.playground;

import java.util.List;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.MenuCommand;

/**
 * A chat as the page draws it: the messages (edits applied, deleted ones gone) with their inline
 * buttons and files, the reply keyboard shown now, and the "/" menu. Text stays text: the page
 * inserts it as text, never as HTML.
 */
record ChatView(
    long chatId,
    List<Bubble> messages,
    List<List<ChatMessage.ReplyButton>> replyKeyboard,
    List<MenuCommand> commands) {

  record Bubble(
      long id,
      boolean fromBot,
      String text,
      boolean edited,
      boolean photo,
      String fileName,
      String fileUrl,
      List<List<ChatMessage.Button>> buttons) {}

  static ChatView of(BotApiEmulator emulator, long chatId, boolean privateChat) {
    List<Bubble> bubbles = emulator.chat(chatId).stream().map(m -> bubble(chatId, m)).toList();
    return new ChatView(
        chatId,
        bubbles,
        privateChat ? emulator.replyKeyboard(chatId) : List.of(),
        privateChat ? emulator.commandMenu(chatId, "vi") : List.of());
  }

  private static Bubble bubble(long chatId, ChatMessage m) {
    String url =
        m.documentName() == null
            ? null
            : "/sandbox/api/file?chat=" + chatId + "&message=" + m.messageId();
    return new Bubble(
        m.messageId(),
        m.fromBot(),
        m.text(),
        m.edited(),
        m.photo(),
        m.documentName(),
        url,
        m.keyboard());
  }
}
