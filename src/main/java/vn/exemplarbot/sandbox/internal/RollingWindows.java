package vn.exemplarbot.sandbox.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Counts events per key in a rolling window of fixed length and says how long until a full window
 * frees a place. Not thread-safe: callers hold their own lock.
 */
public final class RollingWindows {

  private final int limit;
  private final long windowNanos;
  private final Map<Object, Deque<Long>> events = new HashMap<>();

  public RollingWindows(int limit, long windowNanos) {
    this.limit = limit;
    this.windowNanos = windowNanos;
  }

  /**
   * Nanoseconds to wait before one more event at {@code nowNanos} fits the window for {@code key},
   * or 0 when it fits now.
   */
  public long waitNanos(Object key, long nowNanos) {
    Deque<Long> times = events.get(key);
    if (times == null) {
      return 0;
    }
    int inWindow = 0;
    long oldestNeeded = Long.MAX_VALUE;
    for (Iterator<Long> it = times.descendingIterator(); it.hasNext(); ) {
      long t = it.next();
      if (t > nowNanos - windowNanos && t <= nowNanos) {
        inWindow++;
        if (inWindow == limit) {
          oldestNeeded = t;
        }
      }
    }
    return inWindow < limit ? 0 : Math.max(1, oldestNeeded + windowNanos - nowNanos);
  }

  public void record(Object key, long nowNanos) {
    Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
    times.addLast(nowNanos);
    while (!times.isEmpty() && times.peekFirst() <= nowNanos - windowNanos) {
      times.pollFirst();
    }
  }
}
