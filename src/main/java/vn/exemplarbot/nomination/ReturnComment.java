package vn.exemplarbot.nomination;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Person;

/**
 * {@code Trả lại}: the endorser types the comment that goes back with the nomination; a nomination
 * the endorser was writing meanwhile is active again once the comment is in.
 */
@Component
class ReturnComment extends NominationComment {

  static final String FLOW = "return-comment";
  static final int MAX_CHARS = 500;

  private final Endorsers endorsers;
  private final EndorsementActions actions;

  ReturnComment(Flows flows, NominationRows rows, Endorsers endorsers, EndorsementActions actions) {
    super(
        flows,
        rows,
        FLOW,
        MAX_CHARS,
        new Keys(
            "endorse.comment-long",
            "endorse.comment-text",
            "endorse.no-longer-waiting",
            "endorse.ask-comment"));
    this.endorsers = endorsers;
    this.actions = actions;
  }

  @Override
  boolean waitsFor(Person person, Nomination n) {
    return n.state() == NominationState.SUBMITTED && endorsers.may(person, n);
  }

  @Override
  boolean apply(Turn turn, Person person, Nomination n, String comment) {
    return actions.returnWith(turn, person, n, comment);
  }
}
