package vn.exemplarbot.nomination;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/** {@code Bổ sung}: the appraiser types what the dossier is missing, which goes to the proposer. */
@Component
class AppraisalNote extends NominationComment {

  static final String FLOW = "appraisal-note";
  static final int MAX_CHARS = 500;

  private final Appraisers appraisers;
  private final AppraisalActions actions;

  AppraisalNote(Flows flows, NominationRows rows, Appraisers appraisers, AppraisalActions actions) {
    super(
        flows,
        rows,
        FLOW,
        MAX_CHARS,
        new Keys(
            "appraise.note-long",
            "appraise.note-text",
            "appraise.no-longer-waiting",
            "appraise.ask-note"));
    this.appraisers = appraisers;
    this.actions = actions;
  }

  @Override
  boolean waitsFor(Person person, Nomination n) {
    return n.state() == NominationState.ENDORSED && appraisers.may(person, n);
  }

  @Override
  boolean apply(Turn turn, Person person, Nomination n, String note) {
    return actions.requestMore(turn, person, n, note);
  }
}
