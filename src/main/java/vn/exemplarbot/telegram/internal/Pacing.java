package vn.exemplarbot.telegram.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's limits on sending and changing messages: about 30 a second overall, one a second in a
 * private chat, 20 a minute in a group. Counted from when each call came back, which is never
 * before Telegram received it, so the server never sees more than the limits allow.
 */
public final class Pacing {

  static final long SECOND = 1_000;
  static final long MINUTE = 60_000;
  static final long MARGIN = 10;

  private final int perSecond;
  private final long privateGap;
  private final Deque<Long> globalDone = new ArrayDeque<>();
  private final Map<Long, Deque<Long>> chatDone = new HashMap<>();
  private int inFlight;

  public Pacing(int perSecond) {
    this(perSecond, SECOND);
  }

  /**
   * {@code privateGap}: the time between two calls to one private chat, Telegram's second unless a
   * test against the emulator shortens it.
   */
  public Pacing(int perSecond, long privateGap) {
    this.perSecond = perSecond;
    this.privateGap = privateGap;
  }

  /** Takes a slot now and returns 0, or returns how many ms to wait before asking again. */
  public synchronized long reserve(long chatId, long nowMs) {
    long wait = Math.max(globalWait(nowMs), chatWait(chatId, nowMs));
    if (wait > 0) {
      return wait;
    }
    inFlight++;
    return 0;
  }

  /**
   * How many ms until the overall limit lets another call go; 0 when it does now. While it is above
   * 0 no paced call can start, whichever chat it is for.
   */
  public synchronized long full(long nowMs) {
    return globalWait(nowMs);
  }

  /** A slot taken by {@link #reserve} and not used: no call was made. */
  public synchronized void cancel() {
    inFlight = Math.max(0, inFlight - 1);
  }

  /** The call that held a slot came back. */
  public synchronized void done(long chatId, long nowMs) {
    inFlight = Math.max(0, inFlight - 1);
    globalDone.addLast(nowMs);
    Deque<Long> chat = chatDone.computeIfAbsent(chatId, id -> new ArrayDeque<>());
    chat.addLast(nowMs);
    while (chat.size() > (chatId > 0 ? 1 : 20)) {
      chat.removeFirst();
    }
  }

  private long globalWait(long now) {
    while (!globalDone.isEmpty() && globalDone.peekFirst() + SECOND + MARGIN <= now) {
      globalDone.removeFirst();
    }
    if (inFlight + globalDone.size() < perSecond) {
      return 0;
    }
    return globalDone.isEmpty() ? 5 : globalDone.peekFirst() + SECOND + MARGIN - now;
  }

  private long chatWait(long chatId, long now) {
    Deque<Long> chat = chatDone.get(chatId);
    if (chat == null || chat.isEmpty()) {
      return 0;
    }
    if (chatId > 0) {
      return Math.max(0, chat.peekLast() + privateGap + MARGIN - now);
    }
    while (!chat.isEmpty() && chat.peekFirst() + MINUTE + MARGIN <= now) {
      chat.removeFirst();
    }
    return chat.size() < 20 ? 0 : chat.peekFirst() + MINUTE + MARGIN - now;
  }

  /** Forgets chats that have been quiet for a minute, so the map does not grow without end. */
  public synchronized void forgetQuiet(long now) {
    chatDone.values().removeIf(d -> d.isEmpty() || d.peekLast() + MINUTE + MARGIN <= now);
  }
}
