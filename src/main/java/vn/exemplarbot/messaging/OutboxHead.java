package vn.exemplarbot.messaging;

/**
 * The oldest pending row of a chat, due for sending, without its message: the sender reads the
 * heads on every pass, and most wait for Telegram's pace, so a row's text is read and parsed only
 * for the heads it sends ({@link OutboxQueue#items}). For edits and deletions {@code messageId} is
 * the Telegram message to change (null when the message it targets was never delivered). An {@code
 * ephemeral} row shows a ballot choice or receipt: deleted once delivered.
 */
public record OutboxHead(
    long id, long chatId, Method method, Long messageId, int attempts, boolean ephemeral) {

  /** The row with its message, as the sender delivers it. */
  public OutboxItem with(Message message) {
    return new OutboxItem(id, chatId, method, messageId, message, attempts, ephemeral);
  }
}
