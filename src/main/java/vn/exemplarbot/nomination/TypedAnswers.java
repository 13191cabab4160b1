package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;

/** The answers people type: achievements (step 4), a criterion or its evidence (step 5). */
@Component
class TypedAnswers {

  private final NominationRows rows;
  private final DossierRows dossier;
  private final Directory directory;
  private final Wizard wizard;
  private final Clock clock;

  TypedAnswers(
      NominationRows rows, DossierRows dossier, Directory directory, Wizard wizard, Clock clock) {
    this.rows = rows;
    this.dossier = dossier;
    this.directory = directory;
    this.wizard = wizard;
    this.clock = clock;
  }

  void achievements(Session s, String text) {
    Optional<Refusal> refusal = Rules.achievements(text.strip());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    rows.setAchievements(s.id(), text.strip(), clock.instant());
    wizard.forward(s);
  }

  /** A short answer; or, after {@code Đạt} (pressed or typed), its line of evidence. */
  void criterion(Session s, String text) {
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
    dossier.saveAnswer(
        s.id(), new CriterionAnswer(draft.criterion(), criterion, draft.evidence(), text.strip()));
    wizard.forward(s);
  }
}
