package vn.exemplarbot.reminder.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.exemplarbot.reminder.TimedActions;

/**
 * Quartz's only job: a tick that asks for the due actions to run. A tick that fails (the database
 * full, read-only or locked) changes nothing and the next one tries again: it is said at most once
 * a minute, not with a stack trace every tick.
 */
@DisallowConcurrentExecution
public class TickJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(TickJob.class);
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
  private static final AtomicLong lastSaid = new AtomicLong(System.nanoTime() - MINUTE);

  private final TimedActions actions;

  public TickJob(TimedActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(JobExecutionContext context) {
    TickWatchdog.tickStarted();
    try {
      actions.runDue();
    } catch (RuntimeException e) {
      long now = System.nanoTime();
      long last = lastSaid.get();
      if (now - last >= MINUTE && lastSaid.compareAndSet(last, now)) {
        log.warn("Timed actions could not run, the next tick tries again: {}", describe(e));
      }
    } finally {
      TickWatchdog.tickEnded();
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + " (" + root.getMessage() + ")";
  }
}
