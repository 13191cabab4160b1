package vn.exemplarbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One hint per chat per interval, on the monotonic clock it is given. */
class HintPaceTests {

  final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
  final HintPace pace = new HintPace(Duration.ofSeconds(30), nanos::get);

  @Test
  void oneHintPerChatPerInterval() {
    assertThat(pace.allow(1)).isTrue();
    assertThat(pace.allow(1)).isFalse();
    assertThat(pace.allow(2)).as("another chat has its own pace").isTrue();
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(pace.allow(1)).isFalse();
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(pace.allow(1)).isTrue();
    assertThat(pace.allow(1)).isFalse();
  }

  @Test
  void aZeroIntervalHintsEveryTimeAndANegativeOneIsRefused() {
    HintPace always = new HintPace(Duration.ZERO, nanos::get);
    assertThat(always.allow(7)).isTrue();
    assertThat(always.allow(7)).isTrue();
    assertThatThrownBy(() -> new HintPace(Duration.ofSeconds(-1), nanos::get))
        .hasMessageContaining("exemplar.conversation.hint-interval");
  }
}
