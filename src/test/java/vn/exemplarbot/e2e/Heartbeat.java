package vn.exemplarbot.e2e;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.reminder.TimedAction;
import vn.exemplarbot.reminder.TimedActionHandler;

/**
 * A timed action for tests (a source given to the harness, not a scanned configuration): each run
 * writes one audit line (its effect, in the claiming transaction). The first {@code failFirst} runs
 * fail after writing, to show a failed run leaves no effect and is tried again.
 */
class Heartbeat {

  static final AtomicInteger failFirst = new AtomicInteger();

  @Bean
  TimedActionHandler heartbeatHandler(AuditLog audit) {
    return new TimedActionHandler() {
      @Override
      public String kind() {
        return "heartbeat";
      }

      @Override
      public void run(TimedAction action, Instant now) {
        audit.record(AuditLog.SYSTEM, "heartbeat", action.key(), action.payload());
        if (failFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new IllegalStateException("the heartbeat stumbles on purpose");
        }
      }
    };
  }
}
