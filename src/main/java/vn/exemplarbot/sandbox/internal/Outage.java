package vn.exemplarbot.sandbox.internal;

import java.time.Duration;
import vn.exemplarbot.sandbox.FaultPlan;

/**
 * Telegram out of reach for a while (every connection dropped unanswered, {@code getUpdates}
 * included), or {@code getUpdates} refused with {@code 409 Conflict} for a while.
 */
public final class Outage {

  private volatile long unreachableUntil = System.nanoTime();
  private volatile long conflictUntil = System.nanoTime();
  private volatile FaultPlan.Conflict conflict;
  private volatile long tokenRejectedUntil = System.nanoTime();

  public void tokenRejectedFor(Duration duration) {
    tokenRejectedUntil = System.nanoTime() + duration.toNanos();
  }

  boolean tokenRejected() {
    return System.nanoTime() - tokenRejectedUntil < 0;
  }

  public void unreachableFor(Duration duration) {
    unreachableUntil = System.nanoTime() + duration.toNanos();
  }

  public void conflictFor(FaultPlan.Conflict kind, Duration duration) {
    conflict = kind;
    conflictUntil = System.nanoTime() + duration.toNanos();
  }

  boolean unreachable() {
    return System.nanoTime() - unreachableUntil < 0;
  }

  /** The conflict {@code getUpdates} meets now, or null. */
  FaultPlan.Conflict conflict() {
    return System.nanoTime() - conflictUntil < 0 ? conflict : null;
  }
}
