package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;

/**
 * Drafts and the flow state beside them: created, found for their proposer, saved at every step.
 */
@Component
class Drafts {

  static final String FLOW = "nominate";

  private final NominationRows rows;
  private final Flows flows;
  private final Directory directory;
  private final AuditLog audit;
  private final Clock clock;

  Drafts(NominationRows rows, Flows flows, Directory directory, AuditLog audit, Clock clock) {
    this.rows = rows;
    this.flows = flows;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  Nomination create(Person proposer) {
    long id = rows.insertDraft(directory.settings().cycle().year(), proposer.id(), clock.instant());
    audit.record(proposer.id(), "nomination-draft-created", String.valueOf(id), null);
    return rows.find(id).orElseThrow();
  }

  /** The draft (or returned nomination), if it is still editable and this person proposed it. */
  Optional<Nomination> ownDraft(Person person, long id) {
    return rows.find(id).filter(n -> n.editable() && n.proposerId().equals(person.id()));
  }

  Optional<Draft> state(Person person) {
    return flows.state(person.id(), FLOW, Draft.class);
  }

  int nextSeq(Person person) {
    return state(person).map(d -> d.seq() + 1).orElse(1);
  }

  /** Saves the flow state and makes {@code /nominate} the flow that takes typed input. */
  void save(Person person, Draft draft) {
    flows.begin(person.id(), FLOW, draft);
  }

  void pause(Person person) {
    flows.pauseAll(person.id());
  }

  void forget(Person person, long nominationId) {
    if (state(person).filter(d -> d.nominationId() == nominationId).isPresent()) {
      flows.end(person.id(), FLOW);
    }
  }

  Nomination reload(long id) {
    return rows.find(id).orElseThrow();
  }
}
