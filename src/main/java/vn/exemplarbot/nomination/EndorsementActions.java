package vn.exemplarbot.nomination;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/**
 * Endorsing and returning, once the sender has been checked: the state, the audit, the news (an
 * endorsed dossier goes on to the appraisers).
 */
@Component
class EndorsementActions {

  private final NominationRows rows;
  private final AuditLog audit;
  private final EndorsementNotices notices;
  private final AppraisalActions appraisal;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  EndorsementActions(
      NominationRows rows,
      AuditLog audit,
      EndorsementNotices notices,
      AppraisalActions appraisal,
      Clock clock,
      ApplicationEventPublisher events) {
    this.rows = rows;
    this.audit = audit;
    this.notices = notices;
    this.appraisal = appraisal;
    this.clock = clock;
    this.events = events;
  }

  void endorse(Turn turn, Person person, Nomination n) {
    if (!rows.endorse(n.id(), person.id(), clock.instant())) {
      turn.alert("nomination.stale");
      return;
    }
    audit.record(person.id(), "nomination-endorsed", n.codeText(), null);
    events.publishEvent(NominationEndorsed.of(n, person.id()));
    turn.show(turn.text("endorse.done", n.codeText(), notices.nominee(n)), Markup.NONE);
    notices.toProposer(
        n, "endorse.proposer.endorsed", n.codeText(), notices.nominee(n), person.name());
    appraisal.endorsed(n);
  }

  /** False when the nomination was no longer waiting. */
  boolean returnWith(Turn turn, Person person, Nomination n, String note) {
    if (!rows.returnWith(n.id(), note, clock.instant())) {
      return false;
    }
    audit.record(person.id(), "nomination-returned", n.codeText(), note);
    turn.reply("endorse.returned", n.codeText(), note);
    notices.toProposer(n, "endorse.proposer.returned", n.codeText(), notices.nominee(n), note);
    return true;
  }
}
