package vn.exemplarbot.decision;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.decision.internal.RejectionRows;
import vn.exemplarbot.documents.DocumentDates;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Role;

/**
 * Tells a nomination's outcome at publication to those it concerns: its proposer, the nominee (a
 * person; held until they register) and the heads of the nominee's division, each once.
 */
@Component
class Outcomes {

  private final Directory directory;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final DecisionSubjects subjects;
  private final RejectionRows rejections;

  Outcomes(
      Directory directory,
      Outbox outbox,
      Accounts accounts,
      Texts texts,
      DecisionSubjects subjects,
      RejectionRows rejections) {
    this.directory = directory;
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.subjects = subjects;
    this.rejections = rejections;
  }

  /** The nomination, its outcome shown as it is from now on (in {@code /my} and dossiers). */
  Subject published(long nominationId, Instant at) {
    subjects.publish(nominationId, at);
    return subjects.byId(nominationId).orElseThrow();
  }

  void recognised(Subject s, DecisionRows.Decision d) {
    String date = DocumentDates.inChat(d.decidedOn());
    tell(s, "decision.outcome.recognised", s.code(), s.name(), d.number(), date);
  }

  void rejected(Subject s) {
    String reason = rejections.rejectionOf(s.id()).orElse("");
    tell(s, "decision.outcome.rejected", s.code(), s.name(), reason);
  }

  void notPassed(Subject s) {
    tell(s, "decision.outcome.not-passed", s.code(), s.name());
  }

  /** The proposer, the nominee and the heads of the nominee's division, each once. */
  Set<String> concerned(Subject s) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(s.proposerId());
    if (s.personId() != null) {
      ids.add(s.personId());
    }
    directory.roster().ofDivision(s.divisionCode()).stream()
        .filter(p -> p.has(Role.DIVISION_HEAD))
        .forEach(p -> ids.add(p.id()));
    return ids;
  }

  private void tell(Subject s, String key, Object... args) {
    for (String personId : concerned(s)) {
      String text = texts.get(accounts.language(personId), key, args);
      outbox.toPerson(personId, new Message.Text(text));
    }
  }
}
