package vn.exemplarbot.nomination;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/** The confirmed actions of {@code /my}: a draft deleted with its files, a nomination withdrawn. */
@Component
class MyActions {

  private final NominationRows rows;
  private final Drafts drafts;
  private final Dossiers files;
  private final AuditLog audit;
  private final Clock clock;

  MyActions(NominationRows rows, Drafts drafts, Dossiers files, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.drafts = drafts;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
  }

  void delete(Turn turn, Person person, Nomination n) {
    if (!rows.deleteDraft(n.id())) {
      turn.alert("nomination.stale");
      return;
    }
    drafts.forget(person, n.id());
    files.discard(n.id());
    audit.record(person.id(), "nomination-draft-deleted", String.valueOf(n.id()), null);
    turn.show(turn.text("my.deleted", "#" + n.id()), Markup.NONE);
  }

  void withdraw(Turn turn, Person person, Nomination n) {
    if (!rows.move(n.id(), n.state(), NominationState.WITHDRAWN, clock.instant())) {
      turn.alert("nomination.stale");
      return;
    }
    audit.record(person.id(), "nomination-withdrawn", n.codeText(), null);
    turn.show(turn.text("my.withdrawn", n.codeText()), Markup.NONE);
  }
}
