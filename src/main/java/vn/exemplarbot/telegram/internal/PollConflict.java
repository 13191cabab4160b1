package vn.exemplarbot.telegram.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code 409 Conflict} on {@code getUpdates}: another program polls with the same token, or a
 * webhook is set for it. Either way no update reaches this bot. Said once per streak in the log
 * (with what to do: stop the other instance, or revoke the token at @BotFather if none is yours;
 * delete the webhook), shown in health, and told once to the admins; the poll backs off meanwhile.
 */
public final class PollConflict {

  private static final Logger log = LoggerFactory.getLogger(PollConflict.class);

  /** Which of Telegram's two conflicts. */
  public enum Kind {
    OTHER_POLLER,
    WEBHOOK
  }

  /** The conflict while it lasts. */
  public record Active(Kind kind, Instant since) {}

  private volatile Active active;
  private volatile Consumer<Kind> tellAdmins = kind -> {};

  public void tellAdminsWith(Consumer<Kind> tell) {
    this.tellAdmins = tell;
  }

  static boolean is(ApiFailure failure) {
    return failure.code() == 409;
  }

  void seen(ApiFailure failure) {
    String text = failure.getMessage() == null ? "" : failure.getMessage();
    Kind kind = text.contains("webhook") ? Kind.WEBHOOK : Kind.OTHER_POLLER;
    if (active != null && active.kind() == kind) {
      return;
    }
    active = new Active(kind, Instant.now());
    if (kind == Kind.WEBHOOK) {
      log.error(
          "Telegram answers 409 Conflict: a webhook is set for this token, so getUpdates gets"
              + " nothing. Remove it (deleteWebhook) or stop whatever set it; polling backs off"
              + " until then.");
    } else {
      log.error(
          "Telegram answers 409 Conflict: another program polls getUpdates with this token, and"
              + " updates go to it instead. Stop the other instance; if none is yours, the token"
              + " may have leaked: /revoke it at @BotFather and set the new TELEGRAM_BOT_TOKEN."
              + " Polling backs off until then.");
    }
    try {
      tellAdmins.accept(kind);
    } catch (RuntimeException e) {
      log.warn("The admins could not be told of the conflict: {}", e.getClass().getSimpleName());
    }
  }

  void cleared() {
    if (active != null) {
      active = null;
      log.info("getUpdates works again: the conflict is over");
    }
  }

  public Optional<Active> active() {
    return Optional.ofNullable(active);
  }
}
