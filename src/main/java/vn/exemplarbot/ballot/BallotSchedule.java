package vn.exemplarbot.ballot;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.exemplarbot.reminder.TimedActions;

/**
 * The timed actions of a ballot: its closing at {@code duration} after opening, and a reminder to
 * non-voters at each offset before that (an offset that falls before the opening is skipped). Each
 * is a due-action row, so it runs once, whatever restarts happen.
 */
@Component
class BallotSchedule {

  static final String CLOSE = "ballot-close";
  static final String REMIND = "ballot-remind";

  private final TimedActions actions;

  BallotSchedule(TimedActions actions) {
    this.actions = actions;
  }

  void scheduleFor(Ballot ballot) {
    String id = String.valueOf(ballot.id());
    actions.schedule(closeKey(ballot.id()), CLOSE, ballot.closesAt(), id);
    for (Duration offset : ballot.rules().offsets()) {
      Instant at = ballot.closesAt().minus(offset);
      if (!at.isBefore(ballot.openedAt())) {
        actions.schedule(remindKey(ballot.id(), offset), REMIND, at, id);
      }
    }
  }

  /** The ballot ended by hand: what was still due for it never runs. */
  void cancelFor(Ballot ballot) {
    actions.cancel(closeKey(ballot.id()));
    ballot.rules().offsets().forEach(o -> actions.cancel(remindKey(ballot.id(), o)));
  }

  private static String closeKey(long ballotId) {
    return CLOSE + ":" + ballotId;
  }

  private static String remindKey(long ballotId, Duration offset) {
    return REMIND + ":" + ballotId + ":" + offset;
  }
}
