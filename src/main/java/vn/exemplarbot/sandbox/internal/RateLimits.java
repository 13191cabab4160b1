package vn.exemplarbot.sandbox.internal;

import vn.exemplarbot.sandbox.FaultPlan;

/**
 * Telegram's flood limits on sending: 30 per second overall, 1 per second in a private chat, 20 per
 * minute in a group. Only admitted requests count toward the windows.
 */
public final class RateLimits {

  private static final long SECOND = 1_000_000_000L;

  private final RollingWindows overall = new RollingWindows(30, SECOND);
  private final RollingWindows privateChats = new RollingWindows(1, SECOND);
  private final RollingWindows groups = new RollingWindows(20, 60 * SECOND);
  private boolean enforced;
  private int rejected;

  public synchronized void enforce(boolean on) {
    this.enforced = on;
  }

  public synchronized int rejected() {
    return rejected;
  }

  /** 0 when the request may go ahead (it is then counted), otherwise the seconds to retry after. */
  synchronized int admit(String method, Long chatId, long receivedNanos) {
    if (!enforced || !FaultPlan.SENDING_METHODS.contains(method)) {
      return 0;
    }
    RollingWindows perChat = chatId == null ? null : chatId > 0 ? privateChats : groups;
    long wait = overall.waitNanos("all", receivedNanos);
    if (perChat != null) {
      wait = Math.max(wait, perChat.waitNanos(chatId, receivedNanos));
    }
    if (wait > 0) {
      rejected++;
      return (int) Math.max(1, (wait + SECOND - 1) / SECOND);
    }
    overall.record("all", receivedNanos);
    if (perChat != null) {
      perChat.record(chatId, receivedNanos);
    }
    return 0;
  }
}
