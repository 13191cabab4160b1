package vn.exemplarbot.telegram.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Where the time of each update goes, from its arrival in a {@code getUpdates} answer: to its
 * commit, and for a press to its answer. Observers (the benchmark) subscribe; by default nobody
 * does.
 */
public final class UpdateTimings {

  private final AtomicLong applied = new AtomicLong();
  private volatile LongConsumer commitObserver = n -> {};
  private volatile LongConsumer answerObserver = n -> {};

  public void observe(LongConsumer commitNanos, LongConsumer answerNanos) {
    this.commitObserver = commitNanos;
    this.answerObserver = answerNanos;
  }

  public long applied() {
    return applied.get();
  }

  void committed(Long arrivalNanos) {
    applied.incrementAndGet();
    if (arrivalNanos != null) {
      commitObserver.accept(System.nanoTime() - arrivalNanos);
    }
  }

  void answered(Long arrivalNanos) {
    if (arrivalNanos != null) {
      answerObserver.accept(System.nanoTime() - arrivalNanos);
    }
  }
}
