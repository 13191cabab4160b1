package vn.exemplarbot.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /nominate}: starts a draft at step 1. A draft still empty (no kind chosen) is reused, so
 * typing the command twice leaves no empty drafts behind.
 */
@Component
class NominateCommand implements CommandHandler {

  private final Drafts drafts;
  private final StepView view;

  NominateCommand(Drafts drafts, StepView view) {
    this.drafts = drafts;
    this.view = view;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("nominate", "command.nominate", Role.STAFF);
  }

  @Override
  public void handle(Turn turn, String args) {
    Person person = turn.person().orElseThrow();
    Optional<Nomination> empty =
        drafts
            .state(person)
            .flatMap(d -> drafts.ownDraft(person, d.nominationId()))
            .filter(n -> n.kind() == null);
    Nomination draft = empty.orElseGet(() -> drafts.create(person));
    Draft state = Draft.start(draft.id(), drafts.nextSeq(person));
    drafts.save(person, state);
    view.show(new Session(turn, person, draft, state));
  }
}
