package vn.exemplarbot.reminder.internal;

import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the Quartz tick ticking across a step of the wall clock. Quartz times its triggers by the
 * wall clock: stepped back by hours (NTP correcting a clock that ran ahead), the next tick waits
 * those hours. This watch counts on the monotonic clock; when no tick has started for three
 * intervals and none is running, it starts the trigger anew from now, and says so once.
 */
@Component
class TickWatchdog implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TickWatchdog.class);

  static final AtomicLong lastTickNanos = new AtomicLong(System.nanoTime());
  static final AtomicBoolean ticking = new AtomicBoolean();

  private final Scheduler scheduler;
  private final Trigger tickTrigger;
  private final long intervalNanos;
  private final int seconds;
  private ScheduledExecutorService timer;

  TickWatchdog(
      Scheduler scheduler, Trigger tickTrigger, @Value("${exemplar.tick-seconds:2}") int seconds) {
    this.scheduler = scheduler;
    this.tickTrigger = tickTrigger;
    this.seconds = seconds;
    this.intervalNanos = TimeUnit.SECONDS.toNanos(seconds);
  }

  /** A tick begins. */
  static void tickStarted() {
    ticking.set(true);
    lastTickNanos.set(System.nanoTime());
  }

  /** A tick ends. */
  static void tickEnded() {
    lastTickNanos.set(System.nanoTime());
    ticking.set(false);
  }

  @Override
  public void start() {
    lastTickNanos.set(System.nanoTime());
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tick-watchdog");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::check, seconds, seconds, TimeUnit.SECONDS);
  }

  void check() {
    long silent = System.nanoTime() - lastTickNanos.get();
    if (ticking.get() || silent < 3 * intervalNanos) {
      return;
    }
    try {
      Trigger fresh =
          TriggerBuilder.newTrigger()
              .forJob(tickTrigger.getJobKey())
              .withIdentity(tickTrigger.getKey())
              .withSchedule(tickTrigger.getScheduleBuilder())
              .startAt(new Date())
              .build();
      scheduler.rescheduleJob(tickTrigger.getKey(), fresh);
      lastTickNanos.set(System.nanoTime());
      log.warn(
          "No tick for {} s on the monotonic clock (the system clock was stepped back?):"
              + " the ticker starts again from now",
          TimeUnit.NANOSECONDS.toSeconds(silent));
    } catch (SchedulerException | RuntimeException e) {
      log.warn("The ticker could not be started again: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
