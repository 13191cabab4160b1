package vn.exemplarbot.telegram.internal;

/**
 * A signal a loop waits on with a time limit, measured on the monotonic clock; closing it ends the
 * wait for good.
 */
final class Wakeup {

  private boolean signalled;
  private boolean closed;

  synchronized void signal() {
    signalled = true;
    notifyAll();
  }

  /** Waits up to {@code ms} or for a signal; false once closed (or interrupted). */
  synchronized boolean await(long ms) {
    long end = nowMillis() + Math.max(1, ms);
    try {
      while (!signalled && !closed) {
        long left = end - nowMillis();
        if (left <= 0) {
          break;
        }
        wait(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    signalled = false;
    return !closed;
  }

  /** Waits {@code ms} whatever the signals (a signal meanwhile is kept); false once closed. */
  synchronized boolean pause(long ms) {
    long end = nowMillis() + ms;
    try {
      for (long left = ms; left > 0 && !closed; left = end - nowMillis()) {
        wait(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !closed;
  }

  /** The monotonic clock: a step of the wall clock neither stretches nor cuts a wait. */
  private static long nowMillis() {
    return System.nanoTime() / 1_000_000L;
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
