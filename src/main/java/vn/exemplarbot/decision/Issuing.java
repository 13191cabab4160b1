package vn.exemplarbot.decision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;

/**
 * A decision's files made and sent, when it is made and again when it is numbered; and the clerk's
 * registration of its number.
 */
@Component
class Issuing {

  private final DecisionRows rows;
  private final DecisionFiles files;
  private final DecisionMail mail;
  private final DecisionSubjects subjects;
  private final AuditLog audit;

  Issuing(
      DecisionRows rows,
      DecisionFiles files,
      DecisionMail mail,
      DecisionSubjects subjects,
      AuditLog audit) {
    this.rows = rows;
    this.files = files;
    this.mail = mail;
    this.subjects = subjects;
    this.audit = audit;
  }

  DecisionRows.Decision issue(long decisionId) {
    DecisionRows.Decision d = files.make(decisionId);
    mail.send(d, codes(d.id()));
    return d;
  }

  /** What became of a number the clerk registered. */
  enum Registration {
    NUMBERED,
    ALREADY_NUMBERED,
    NUMBER_USED
  }

  Registration register(String clerk, long decisionId, String number, LocalDate on) {
    if (!rows.decision(decisionId).orElseThrow().draft()) {
      return Registration.ALREADY_NUMBERED;
    }
    if (rows.numberUsed(number, on.getYear())) {
      return Registration.NUMBER_USED;
    }
    rows.number(decisionId, number, on);
    audit.record(clerk, "decision-numbered", "decision-" + decisionId, number + " " + on);
    issue(decisionId);
    return Registration.NUMBERED;
  }

  List<String> codes(long decisionId) {
    return rows.items(decisionId).stream()
        .map(id -> subjects.byId(id).map(Subject::code).orElse("?"))
        .toList();
  }
}
