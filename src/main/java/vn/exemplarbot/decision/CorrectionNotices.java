package vn.exemplarbot.decision;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Role;

/**
 * Who hears of a correction: those a recognition concerns (its proposer, the nominee, the heads of
 * the nominee's division) and the council secretaries, each once, in their own language.
 */
@Component
class CorrectionNotices {

  private final Outcomes outcomes;
  private final Directory directory;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;

  CorrectionNotices(
      Outcomes outcomes, Directory directory, Outbox outbox, Accounts accounts, Texts texts) {
    this.outcomes = outcomes;
    this.directory = directory;
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
  }

  /** Those concerned, then the council secretaries. */
  Set<String> concerned(Subject s) {
    Set<String> ids = new LinkedHashSet<>(outcomes.concerned(s));
    directory.roster().withRole(Role.COUNCIL_SECRETARY).forEach(p -> ids.add(p.id()));
    return ids;
  }

  void tell(Set<String> people, String key, Object... args) {
    for (String personId : people) {
      outbox.toPerson(
          personId, new Message.Text(texts.get(accounts.language(personId), key, args)));
    }
  }
}
