package vn.exemplarbot.ballot;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.ballot.internal.BoxRows;
import vn.exemplarbot.storage.JournalScrub;

/**
 * What follows the end of a ballot, closed or voided: its timed actions cancelled, the members'
 * messages saying so, the audit line, and the database file rewritten once it commits ({@code
 * VACUUM}) so that no freed page keeps an earlier state of the box.
 */
@Component
class BallotEnd {

  private final BallotSchedule schedule;
  private final BallotRows rows;
  private final BoxRows box;
  private final MemberCards cards;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final JournalScrub scrub;

  BallotEnd(
      BallotSchedule schedule,
      BallotRows rows,
      BoxRows box,
      MemberCards cards,
      AuditLog audit,
      ApplicationEventPublisher events,
      JournalScrub scrub) {
    this.schedule = schedule;
    this.rows = rows;
    this.box = box;
    this.cards = cards;
    this.audit = audit;
    this.events = events;
    this.scrub = scrub;
  }

  void closed(Ballot ballot, String actor, BallotFacts facts) {
    schedule.cancelFor(ballot);
    Set<String> pending = new HashSet<>();
    box.voters(ballot.id()).stream()
        .filter(v -> !v.voted())
        .forEach(v -> pending.add(v.personId() + "/" + v.nominationId()));
    Map<Long, String> codes = codes(ballot);
    for (BallotRows.SentMessage m : rows.messages(ballot.id())) {
      if (pending.contains(m.personId() + "/" + m.nominationId())) {
        edit(
            m,
            "ballot.member.closed-unvoted",
            codes.get(m.nominationId()),
            MemberCards.time(facts.closedAt()));
      }
    }
    audit.record(actor, "ballot-closed", subject(ballot), "seal " + facts.seal());
    events.publishEvent(new BallotClosed(ballot.id()));
    scrub.vacuumAfterCommit();
  }

  void voided(Ballot ballot, String actor, String reason) {
    schedule.cancelFor(ballot);
    Map<Long, String> codes = codes(ballot);
    rows.messages(ballot.id()).stream()
        .filter(m -> m.nominationId() != 0)
        .forEach(m -> edit(m, "ballot.member.voided", codes.get(m.nominationId()), reason));
    box.forget(ballot.id());
    audit.record(actor, "ballot-voided", subject(ballot), reason);
    scrub.vacuumAfterCommit();
  }

  private Map<Long, String> codes(Ballot ballot) {
    return rows.items(ballot.id()).stream()
        .collect(Collectors.toMap(Item::nominationId, Item::code));
  }

  static String subject(Ballot ballot) {
    return "ballot-" + ballot.id();
  }

  private void edit(BallotRows.SentMessage m, String key, Object... args) {
    cards.rewrite(m.personId(), m.outboxId(), key, args);
  }
}
