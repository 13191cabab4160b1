package vn.exemplarbot.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Person;

/**
 * What people type or send while {@code /nominate} is active: achievements (step 4), criterion
 * answers and evidence (step 5), files (step 6). Anything else gets a hint and changes nothing.
 */
@Component
class NominationFlow implements FlowHandler {

  private final Drafts drafts;
  private final Wizard wizard;
  private final TypedAnswers answers;
  private final Dossiers dossiers;

  NominationFlow(Drafts drafts, Wizard wizard, TypedAnswers answers, Dossiers dossiers) {
    this.drafts = drafts;
    this.wizard = wizard;
    this.answers = answers;
    this.dossiers = dossiers;
  }

  @Override
  public String flow() {
    return Drafts.FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    Person person = turn.person().orElseThrow();
    Optional<Session> session = session(turn, person);
    if (session.isEmpty()) {
      drafts.pause(person);
      turn.reply("nomination.no-draft");
    } else if (input instanceof Input.Text text) {
      typed(session.get(), text.text());
    } else if (input instanceof Input.Upload upload) {
      uploaded(session.get(), upload);
    } else {
      turn.reply("nomination.refused.other");
    }
  }

  /** Back from a comment typed meanwhile: the step the draft was at, shown again. */
  @Override
  public void resumed(Turn turn) {
    Person person = turn.person().orElseThrow();
    Optional<Session> session = session(turn, person);
    if (session.isEmpty()) {
      drafts.pause(person);
      return;
    }
    turn.reply("nomination.resumed");
    wizard.go(session.get(), session.get().draft());
  }

  private Optional<Session> session(Turn turn, Person person) {
    return drafts
        .state(person)
        .flatMap(
            d ->
                drafts
                    .ownDraft(person, d.nominationId())
                    .map(n -> new Session(turn, person, n, d)));
  }

  private void typed(Session s, String text) {
    Turn t = s.turn();
    Step step = s.draft().step();
    if (Typed.same(text, t.text("nomination.button.cancel"))) {
      wizard.cancel(s);
    } else if (Typed.same(text, t.text("nomination.button.back"))) {
      wizard.back(s);
    } else if (step == Step.ACHIEVEMENTS) {
      answers.achievements(s, text);
    } else if (step == Step.CRITERIA) {
      answers.criterion(s, text);
    } else if (step == Step.FILES && filesDone(t, text)) {
      wizard.forward(s);
    } else {
      t.hint(step == Step.FILES ? "nomination.hint.files" : "nomination.hint.buttons");
    }
  }

  private void uploaded(Session s, Input.Upload upload) {
    if (s.draft().step() != Step.FILES) {
      s.turn().reply("nomination.refused.file-here");
      return;
    }
    if (dossiers.add(s, upload)) {
      wizard.go(s, s.draft());
    }
  }

  private static boolean filesDone(Turn t, String text) {
    return Typed.same(text, t.text("nomination.button.done"))
        || Typed.same(text, t.text("nomination.button.skip"));
  }
}
