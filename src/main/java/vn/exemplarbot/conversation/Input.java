package vn.exemplarbot.conversation;

/**
 * What a person did: typed a command or a text, pressed a button, shared a contact, sent a file.
 */
public sealed interface Input {

  /** {@code /name args}; the name is lower case, without the slash or {@code @botname}. */
  record Command(String name, String args) implements Input {}

  record Text(String text) implements Input {}

  record Press(String callbackQueryId, long messageId, String data) implements Input {}

  record Contact(String phone, Long userId) implements Input {}

  record Upload(String fileId, String fileName, String mimeType, long size, boolean photo)
      implements Input {}

  /** Anything else Telegram sends (a sticker, a location…): answered with a hint, never a crash. */
  record Other(String kind) implements Input {}
}
