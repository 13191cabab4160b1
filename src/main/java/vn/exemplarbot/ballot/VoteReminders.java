package vn.exemplarbot.ballot;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.ballot.internal.BoxRows;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.reminder.TimedAction;
import vn.exemplarbot.reminder.TimedActionHandler;
import vn.exemplarbot.roster.Accounts;

/**
 * Reminds the members who have not voted on every nomination of an open ballot: at each reminder
 * offset (a timed action, so once per offset and member), and when the secretary presses {@code
 * Nhắc}.
 */
@Component
class VoteReminders implements TimedActionHandler {

  private final BallotRows ballots;
  private final BoxRows box;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;

  VoteReminders(BallotRows ballots, BoxRows box, Outbox outbox, Accounts accounts, Texts texts) {
    this.ballots = ballots;
    this.box = box;
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
  }

  @Override
  public String kind() {
    return BallotSchedule.REMIND;
  }

  @Override
  public void run(TimedAction action, Instant now) {
    // Found late after an outage, a reminder for a ballot past its closing time is no use.
    ballots
        .find(Long.parseLong(action.payload()))
        .filter(b -> b.acceptsVotesAt(now))
        .ifPresent(this::remind);
  }

  /** Tells each member with a nomination left to vote on; returns how many were told. */
  int remind(Ballot ballot) {
    Set<String> behind = behind(ballot.id());
    // A member who never registered gets the ballot itself when they do, not a reminder first.
    behind.removeIf(p -> accounts.registeredChat(p).isEmpty());
    for (String personId : behind) {
      String language = accounts.language(personId);
      outbox.toPerson(
          personId,
          new Message.Text(
              texts.get(
                  language,
                  "ballot.member.reminder",
                  ballot.id(),
                  MemberCards.time(ballot.closesAt()))));
    }
    return behind.size();
  }

  /** Members with at least one nomination they have not voted on. */
  Set<String> behind(long ballotId) {
    Set<String> people = new TreeSet<>();
    box.voters(ballotId).stream().filter(v -> !v.voted()).forEach(v -> people.add(v.personId()));
    return people;
  }
}
