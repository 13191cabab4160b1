package vn.exemplarbot.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code outbox} in health (management port), and the gauges {@code exemplar_outbox_backlog} and
 * {@code exemplar_outbox_oldest_seconds}: messages waiting to be sent (retries included) and the
 * age of the oldest of them (0 when none waits). Always up: a backlog is for the operator to read;
 * the Bot API's own silence is {@code botApi}. One query serves a scrape's gauges.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator, MeterBinder {

  private static final long FRESH_NANOS = 2_000_000_000L;

  private final Outbox outbox;
  private volatile OutboxLoad last;
  private volatile long lastNanos;

  OutboxHealth(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public Health health() {
    OutboxLoad load;
    try {
      load = outbox.load();
    } catch (RuntimeException e) {
      // The database out of reach is said by db and storage; this one only cannot count.
      return Health.unknown().withDetail("unread", e.getClass().getSimpleName()).build();
    }
    return Health.up()
        .withDetail("backlog", load.backlog())
        .withDetail("oldestSeconds", load.oldest().map(d -> d.toSeconds()).orElse(0L))
        .withDetail("held", load.held())
        .withDetail("restored", load.restored())
        .build();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("exemplar.outbox.backlog", this, h -> h.sampled().backlog())
        .description("Messages waiting to be sent, retries included")
        .register(registry);
    Gauge.builder(
            "exemplar.outbox.oldest.seconds",
            this,
            h -> h.sampled().oldest().map(d -> d.toMillis() / 1000.0).orElse(0.0))
        .description("Age of the oldest message waiting to be sent; 0 when none waits")
        .register(registry);
    Gauge.builder("exemplar.outbox.held", this, h -> h.sampled().held())
        .description("Messages held for people who have not started the bot yet")
        .register(registry);
  }

  private OutboxLoad sampled() {
    OutboxLoad load = last;
    if (load == null || System.nanoTime() - lastNanos > FRESH_NANOS) {
      load = outbox.load();
      last = load;
      lastNanos = System.nanoTime();
    }
    return load;
  }
}
