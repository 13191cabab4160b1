package vn.exemplarbot.ballot;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.reminder.TimedAction;
import vn.exemplarbot.reminder.TimedActionHandler;

/** Closes a ballot at its deadline, in the transaction that claims the timed action. */
@Component
class AutoClose implements TimedActionHandler {

  private final BallotClosing closing;

  AutoClose(BallotClosing closing) {
    this.closing = closing;
  }

  @Override
  public String kind() {
    return BallotSchedule.CLOSE;
  }

  /**
   * Closes as of the deadline, even when found late after an outage: no vote was accepted after it,
   * so the minutes say the ballot closed then.
   */
  @Override
  public void run(TimedAction action, Instant now) {
    closing.close(Long.parseLong(action.payload()), AuditLog.SYSTEM, action.dueAt());
  }
}
