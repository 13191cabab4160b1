package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;

/**
 * What people type or send while {@code /nominate} is active: achievements (step 4), criterion
 * answers and evidence (step 5), files (step 6). Anything else gets a hint and changes nothing.
 */
@Component
class NominationFlow implements FlowHandler {

  private final Drafts drafts;
  private final Wizard wizard;
  private final Dossiers dossiers;
  private final NominationRows rows;
  private final DossierRows answers;
  private final Directory directory;
  private final Clock clock;

  NominationFlow(
      Drafts drafts,
      Wizard wizard,
      Dossiers dossiers,
      NominationRows rows,
      DossierRows answers,
      Directory directory,
      Clock clock) {
    this.drafts = drafts;
    this.wizard = wizard;
    this.dossiers = dossiers;
    this.rows = rows;
    this.answers = answers;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public String flow() {
    return Drafts.FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    Person person = turn.person().orElseThrow();
    Optional<Session> session =
        drafts
            .state(person)
            .flatMap(
                d ->
                    drafts
                        .ownDraft(person, d.nominationId())
                        .map(n -> new Session(turn, person, n, d)));
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

  private void typed(Session s, String text) {
    Turn t = s.turn();
    Step step = s.draft().step();
    if (Typed.same(text, t.text("nomination.button.cancel"))) {
      wizard.cancel(s);
    } else if (Typed.same(text, t.text("nomination.button.back"))) {
      wizard.back(s);
    } else if (step == Step.ACHIEVEMENTS) {
      achievements(s, text);
    } else if (step == Step.CRITERIA) {
      criterion(s, text);
    } else if (step == Step.FILES && filesDone(t, text)) {
      wizard.forward(s);
    } else {
      t.reply(step == Step.FILES ? "nomination.hint.files" : "nomination.hint.buttons");
    }
  }

  private void achievements(Session s, String text) {
    Optional<Refusal> refusal = Rules.achievements(text.strip());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    rows.setAchievements(s.id(), text.strip(), clock.instant());
    wizard.forward(s);
  }

  private void criterion(Session s, String text) {
    Draft draft = s.draft();
    if (!draft.evidence() && Typed.same(text, s.turn().text("nomination.button.met"))) {
      wizard.go(s, draft.awaitingEvidence(true));
      return;
    }
    Optional<Refusal> refusal = Rules.answer(text.strip());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    String criterion = directory.settings().criteria().get(draft.criterion());
    answers.saveAnswer(
        s.id(), new CriterionAnswer(draft.criterion(), criterion, draft.evidence(), text.strip()));
    wizard.forward(s);
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
