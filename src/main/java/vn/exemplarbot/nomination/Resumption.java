package vn.exemplarbot.nomination;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.roster.Person;

/**
 * {@code Tiếp tục} in {@code /my}: the draft becomes the one being edited, at the step it was left
 * (or, for a draft never opened since a restart of its flow, its first unanswered step).
 */
@Component
class Resumption {

  private final DossierRows dossier;
  private final Drafts drafts;
  private final StepView view;

  Resumption(DossierRows dossier, Drafts drafts, StepView view) {
    this.dossier = dossier;
    this.drafts = drafts;
    this.view = view;
  }

  void resume(Turn turn, Person person, Nomination n) {
    Set<Integer> answered =
        dossier.answers(n.id()).stream().map(CriterionAnswer::index).collect(Collectors.toSet());
    Draft state =
        drafts
            .state(person)
            .filter(d -> d.nominationId() == n.id() && d.step() != Step.EDIT)
            .map(Draft::next)
            .orElseGet(() -> Steps.resume(n, answered, view.criteria(), drafts.nextSeq(person)));
    drafts.save(person, state);
    view.show(new Session(turn, person, n, state));
  }
}
