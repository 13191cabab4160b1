package vn.exemplarbot.messaging;

/**
 * A row of the outbox that is due for sending. For edits and deletions {@code messageId} is the
 * Telegram message to change (null when the message it targets was never delivered). An {@code
 * ephemeral} row shows a ballot choice or receipt: deleted once delivered.
 */
public record OutboxItem(
    long id,
    long chatId,
    Method method,
    Long messageId,
    Message message,
    int attempts,
    boolean ephemeral) {

  public boolean privateChat() {
    return chatId > 0;
  }
}
