package vn.exemplarbot.telegram;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.reminder.TimedAction;
import vn.exemplarbot.reminder.TimedActionHandler;
import vn.exemplarbot.reminder.TimedActions;
import vn.exemplarbot.telegram.internal.Inbox;

/**
 * Every night at 03:00 forgets the ids of updates handled more than two days ago: Telegram
 * redelivers an unconfirmed update for 24 hours at most, so older ids guard against nothing. Each
 * run schedules the next, in the same transaction.
 */
@Component
class InboxSweep implements TimedActionHandler {

  static final String KIND = "inbox-sweep";
  private static final LocalTime AT = LocalTime.of(3, 0);

  private final Inbox inbox;
  private final TimedActions actions;
  private final Clock clock;

  InboxSweep(Inbox inbox, TimedActions actions, Clock clock) {
    this.inbox = inbox;
    this.actions = actions;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(TimedAction action, Instant now) {
    inbox.forgetHandledBefore(Instant.now().minusSeconds(2 * 24 * 3600));
    scheduleAfter(now);
  }

  @EventListener(ApplicationReadyEvent.class)
  void scheduleFirst() {
    scheduleAfter(clock.instant());
  }

  private void scheduleAfter(Instant now) {
    actions.scheduleDaily(KIND, AT, now);
  }
}
