package vn.exemplarbot.telegram.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when Telegram rejects the token itself: {@code 401 Unauthorized} or {@code 404 Not Found}
 * on several calls in a row and none answered in between (what a token revoked at BotFather looks
 * like). Says so once in the log, and once again when an answer comes back; meanwhile the outbox
 * keeps its rows instead of calling them refused.
 */
public final class TokenWatch {

  private static final Logger log = LoggerFactory.getLogger(TokenWatch.class);

  /** How many rejections in a row, with no answer between, mean the token itself is refused. */
  static final int IN_A_ROW = 3;

  private final AtomicInteger inARow = new AtomicInteger();
  private volatile boolean rejected;
  private volatile long rejectedSince;
  private volatile Consumer<Duration> tellAdmins = lasted -> {};

  /**
   * Who hears, once Telegram accepts the token again, how long sending was held: the admins (while
   * it is rejected no message can reach them; the log and health say it meanwhile).
   */
  public void tellAdminsWith(Consumer<Duration> tell) {
    this.tellAdmins = tell;
  }

  /** Telegram answered a call (successfully, or refusing it for another reason). */
  void answered() {
    inARow.set(0);
    if (rejected) {
      rejected = false;
      Duration lasted = Duration.ofNanos(System.nanoTime() - rejectedSince);
      log.info(
          "Telegram accepts the bot's token again after {} s: sending resumes", lasted.toSeconds());
      try {
        tellAdmins.accept(lasted);
      } catch (RuntimeException e) {
        log.warn("The admins could not be told: {}", e.getClass().getSimpleName());
      }
    }
  }

  void failed(ApiFailure failure) {
    if (!failure.tokenRejected()) {
      if (failure.kind() == ApiFailure.Kind.REFUSED) {
        answered();
      }
      return;
    }
    if (inARow.incrementAndGet() >= IN_A_ROW && !rejected) {
      rejected = true;
      rejectedSince = System.nanoTime();
      log.error(
          "Telegram rejects the bot's token ({} on every call): nothing is sent and every message"
              + " is kept until it is accepted again. If the token was revoked at @BotFather, set"
              + " the new TELEGRAM_BOT_TOKEN and restart.",
          failure.code());
    }
  }

  /** True while Telegram rejects the token. */
  public boolean rejected() {
    return rejected;
  }
}
