package vn.exemplarbot.ballot;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * The results of a closed ballot, in text and as the minutes, to the secretary, the chair and the
 * director only: proposers, nominees and division heads learn outcomes when they are published.
 */
@Component
class Results {

  private final Directory directory;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final MinutesIssue minutes;

  Results(
      Directory directory, Outbox outbox, Accounts accounts, Texts texts, MinutesIssue minutes) {
    this.directory = directory;
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.minutes = minutes;
  }

  /** The results in text, then the minutes as a PDF, to each of them. */
  void send(BallotFacts facts) {
    Set<String> recipients = recipients();
    for (String personId : recipients) {
      outbox.toPerson(personId, new Message.Text(text(accounts.language(personId), facts)));
    }
    minutes.issue(facts, recipients);
  }

  private Set<String> recipients() {
    Set<String> people = new LinkedHashSet<>();
    for (Role role : new Role[] {Role.COUNCIL_SECRETARY, Role.COUNCIL_CHAIR, Role.DIRECTOR}) {
      directory.roster().withRole(role).stream().map(Person::id).forEach(people::add);
    }
    return people;
  }

  String text(String language, BallotFacts f) {
    StringBuilder out =
        new StringBuilder(
            texts.get(
                language,
                "ballot.results.header",
                f.ballotId(),
                MemberCards.time(f.openedAt()),
                MemberCards.time(f.closedAt()),
                f.members().size(),
                f.voted(),
                f.quorumRule(),
                f.thresholdRule(),
                texts.get(language, "ballot.base." + f.passBase())));
    for (BallotFacts.Line line : f.lines()) {
      out.append("\n\n").append(line(language, f, line));
    }
    out.append("\n\n").append(texts.get(language, "ballot.results.seal", f.seal()));
    return out.toString();
  }

  private String line(String language, BallotFacts f, BallotFacts.Line l) {
    String abstain =
        f.allowAbstain() ? texts.get(language, "ballot.results.abstain", l.abstain()) : "";
    return texts.get(
        language,
        "ballot.results.line",
        l.code(),
        l.nominee(),
        l.division(),
        l.agree(),
        l.disagree(),
        abstain,
        l.cast(),
        l.base(),
        l.shareOfBase(),
        l.shareOfCast(),
        texts.get(language, "ballot.result." + l.result().name().toLowerCase()));
  }
}
