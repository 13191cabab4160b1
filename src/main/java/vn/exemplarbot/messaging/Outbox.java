package vn.exemplarbot.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.clock.SteadyClock;
import vn.exemplarbot.messaging.internal.OutboxRows;
import vn.exemplarbot.messaging.internal.OutboxRows.NewRow;
import vn.exemplarbot.roster.Accounts;

/**
 * Where modules put what the bot says. Joins the caller's transaction, so a change and the messages
 * it causes are committed together. Long texts are split; nothing over Telegram's 4096 characters
 * leaves here.
 */
@Service
@Transactional
public class Outbox {

  private final OutboxRows rows;
  private final Accounts accounts;
  private final SteadyClock clock;

  Outbox(OutboxRows rows, Accounts accounts, SteadyClock clock) {
    this.rows = rows;
    this.accounts = accounts;
    // Delivery runs on real time that never jumps, not on the business clock that tests and the
    // sandbox move, nor on the wall clock that NTP may step.
    this.clock = clock;
  }

  /** To a roster person; held until they register if they have not. Returns the last row's id. */
  public long toPerson(String personId, Message message) {
    Long chat = accounts.registeredChat(personId).orElse(null);
    return insertAll(personId, chat, message, null);
  }

  /** To a chat directly: a stranger's private chat, a group or a channel. */
  public long toChat(long chatId, Message message) {
    return insertAll(null, chatId, message, null);
  }

  /**
   * A reply in the sender's own private chat. Text that waits there already, word for word and
   * button for button, is not queued again; documents always are. Returns false when nothing new
   * was queued.
   */
  public boolean reply(String personId, long chatId, Message message, Reply kind) {
    if (!(message instanceof Message.Text)) {
      insertAll(personId, chatId, message, null);
      return true;
    }
    boolean queued = false;
    for (Message part : TextSplitter.split(message)) {
      NewRow row = new NewRow(personId, chatId, Method.SEND_MESSAGE, part, null, null, null);
      queued |= rows.insertReply(row, kind.column(), clock.instant()) > 0;
    }
    return queued;
  }

  /**
   * A new command from this chat: what still waits there for earlier commands (and hints and the
   * note about them) will not be sent. Returns how many messages were dropped.
   */
  public int supersedeReplies(long chatId) {
    return rows.coalesce(chatId, Reply.SUPERSEDED, clock.instant());
  }

  /** Changes a message in place: the one a button was pressed on. */
  public void edit(long chatId, long messageId, Message.Text text) {
    rows.insert(
        new NewRow(
            null, chatId, Method.EDIT_MESSAGE, TextSplitter.fit(text), null, null, messageId),
        clock.instant());
  }

  /**
   * Changes a message in place with a text that carries a ballot choice or receipt: the row is
   * deleted as soon as it is delivered (and keeps no text if refused), so no copy of the database
   * keeps it beside the chat.
   */
  public void editEphemeral(long chatId, long messageId, Message.Text text) {
    rows.insert(
        new NewRow(
            null, chatId, Method.EDIT_MESSAGE, TextSplitter.fit(text), null, null, messageId),
        clock.instant(),
        true);
  }

  /** Changes a message the outbox sent (or still holds), found by its row id. */
  public void editSent(long outboxId, Message.Text text) {
    rows.recipientOf(outboxId)
        .ifPresent(
            r ->
                rows.insert(
                    new NewRow(
                        r.personId(),
                        r.chatId(),
                        Method.EDIT_MESSAGE,
                        TextSplitter.fit(text),
                        null,
                        outboxId,
                        null),
                    clock.instant()));
  }

  public void delete(long chatId, long messageId) {
    rows.insert(
        new NewRow(null, chatId, Method.DELETE_MESSAGE, null, null, null, messageId),
        clock.instant());
  }

  /** Sends what waited for this person, now that they have a chat with the bot. */
  public int release(String personId, long chatId) {
    return rows.release(personId, chatId);
  }

  /** How many ballot choices or receipts still wait to be delivered. */
  public int ephemeralWaiting() {
    return rows.ephemeralWaiting();
  }

  /** Messages found unsent in restored data, waiting for the admin. */
  public List<RestoredMessage> restored(int limit) {
    return rows.restored(limit);
  }

  /** What waits to be sent, for health and metrics. */
  public OutboxLoad load() {
    long[] row = rows.load();
    Optional<Duration> oldest =
        row[1] == 0
            ? Optional.empty()
            : Optional.of(Duration.ofMillis(Math.max(0, clock.millis() - row[1])));
    return new OutboxLoad(row[0], oldest, row[2], row[3]);
  }

  public int restoredCount() {
    return rows.restoredCount();
  }

  public int resendRestored() {
    return rows.resendRestored(clock.instant());
  }

  public int dropRestored() {
    return rows.dropRestored(clock.instant());
  }

  public List<RefusedMessage> refused(int limit) {
    return rows.refusedMessages(limit);
  }

  private long insertAll(String personId, Long chat, Message message, String ref) {
    Method method = methodOf(message);
    long last = -1;
    for (Message part : TextSplitter.split(message)) {
      last =
          rows.insert(new NewRow(personId, chat, method, part, ref, null, null), clock.instant());
    }
    return last;
  }

  private static Method methodOf(Message message) {
    if (message instanceof Message.Document) {
      return Method.SEND_DOCUMENT;
    }
    return message instanceof Message.Commands ? Method.SET_COMMANDS : Method.SEND_MESSAGE;
  }
}
