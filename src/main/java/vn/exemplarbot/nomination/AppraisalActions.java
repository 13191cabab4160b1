package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.AppraisalRows;
import vn.exemplarbot.roster.Person;

/**
 * Appraisal's changes, once the sender has been checked: {@code Đạt}, {@code Bổ sung} with what is
 * missing, the proposer's completion and {@code Mở lại thẩm định}; each moves the state, writes the
 * audit and tells whom it concerns.
 */
@Component
class AppraisalActions {

  private final AppraisalRows rows;
  private final AuditLog audit;
  private final AppraisalNotices notices;
  private final Appraisers appraisers;
  private final Clock clock;

  AppraisalActions(
      AppraisalRows rows,
      AuditLog audit,
      AppraisalNotices notices,
      Appraisers appraisers,
      Clock clock) {
    this.rows = rows;
    this.audit = audit;
    this.notices = notices;
    this.appraisers = appraisers;
    this.clock = clock;
  }

  /** A nomination just endorsed: the appraisers get its card. */
  void endorsed(Nomination n) {
    notices.askAppraisers(n, false);
  }

  void appraise(Turn turn, Person person, Nomination n) {
    if (!rows.appraise(n.id(), person.id(), clock.instant())) {
      turn.alert("nomination.stale");
      return;
    }
    audit.record(person.id(), "nomination-appraised", n.codeText(), null);
    turn.show(turn.text("appraise.done", n.codeText(), notices.nominee(n)), Markup.NONE);
    notices.toProposer(n, "appraise.proposer.appraised", n.codeText(), notices.nominee(n));
  }

  /** False when the nomination was no longer waiting for appraisal. */
  boolean requestMore(Turn turn, Person person, Nomination n, String note) {
    if (!rows.requestMore(n.id(), note, clock.instant())) {
      return false;
    }
    audit.record(person.id(), "nomination-more-requested", n.codeText(), note);
    turn.reply("appraise.more-sent", n.codeText(), note);
    notices.toProposer(n, "appraise.proposer.more", n.codeText(), notices.nominee(n), note);
    return true;
  }

  /** The proposer sends the completed dossier: straight back to the appraisers, no endorsement. */
  boolean complete(Turn turn, Person proposer, Nomination n) {
    if (!rows.complete(n.id(), clock.instant())) {
      return false;
    }
    audit.record(proposer.id(), "nomination-completed", n.codeText(), null);
    turn.show(turn.text("appraise.completed", n.codeText(), notices.nominee(n)), Markup.NONE);
    notices.askAppraisers(n, true);
    return true;
  }

  /** False when it was no longer appraised (a ballot took it meanwhile, or another reopened it). */
  boolean reopen(Person person, Nomination n) {
    if (!rows.reopen(n.id(), clock.instant())) {
      return false;
    }
    audit.record(person.id(), "nomination-appraisal-reopened", n.codeText(), null);
    notices.toProposer(n, "appraise.proposer.reopened", n.codeText(), notices.nominee(n));
    return true;
  }

  /** Who appraised it, by name, for the second presser. */
  Optional<String> appraisedBy(Nomination n) {
    return rows.appraisedBy(n.id()).map(appraisers::name);
  }
}
