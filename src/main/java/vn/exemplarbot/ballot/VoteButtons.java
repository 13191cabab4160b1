package vn.exemplarbot.ballot;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.ballot.internal.BoxRows;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;

/**
 * A member's ballot buttons: {@code vote:<action>:<ballot>:<nomination>[:<choice>]}. Who votes is
 * the sender of the update, never the data: they must have a voter row for that nomination in that
 * ballot, the ballot must be open and before its closing time, and their vote not cast yet. A
 * forged, replayed, stale or foreign press gets a short refusal and changes nothing.
 */
@Component
class VoteButtons implements ButtonHandler {

  private final BallotRows ballots;
  private final BoxRows box;
  private final MemberCards cards;
  private final Casting casting;
  private final Clock clock;

  VoteButtons(BallotRows ballots, BoxRows box, MemberCards cards, Casting casting, Clock clock) {
    this.ballots = ballots;
    this.box = box;
    this.cards = cards;
    this.casting = casting;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return MemberCards.KIND;
  }

  /** The choice rides in the data until {@code Xác nhận}. */
  @Override
  public boolean carriesSecret() {
    return true;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    casting.scrubAfter();
    if (data.args().size() < 3) {
      turn.alert("ballot.vote.stale");
      return;
    }
    String personId = turn.person().orElseThrow().id();
    Optional<Ballot> ballot = data.longArg(1).flatMap(ballots::find);
    Optional<Item> item =
        ballot.flatMap(
            b ->
                data.longArg(2)
                    .flatMap(
                        n ->
                            ballots.items(b.id()).stream()
                                .filter(i -> i.nominationId() == n)
                                .findFirst()));
    Optional<Boolean> voted =
        item.flatMap(i -> box.voted(ballot.get().id(), i.nominationId(), personId));
    boolean view = data.arg(0).equals("view");
    if (item.isPresent() && !view && !ballot.get().acceptsVotesAt(clock.instant())) {
      turn.alert("ballot.vote.closed");
    } else if (voted.isEmpty()) {
      turn.alert("ballot.vote.not-yours");
    } else if (view) {
      view(turn, item.get());
    } else if (voted.get()) {
      turn.alert("ballot.vote.already");
    } else {
      act(turn, data, personId, ballot.get(), item.get());
    }
  }

  private void act(Turn turn, CallbackData data, String personId, Ballot ballot, Item item) {
    String action = data.arg(0);
    if (action.equals("back") && data.args().size() == 3) {
      turn.show(
          cards.cardText(turn.language(), item),
          cards.card(turn.language(), ballot, item).markup());
      return;
    }
    Optional<Choice> choice =
        data.args().size() == 4 ? Choice.of(data.arg(3)) : Optional.<Choice>empty();
    choice = choice.filter(c -> c != Choice.ABSTAIN || ballot.rules().allowAbstain());
    if (choice.isEmpty()) {
      turn.alert("ballot.vote.stale");
    } else if (action.equals("p")) {
      casting.ask(turn, ballot, item, choice.get());
    } else if (!action.equals("ok")) {
      turn.alert("ballot.vote.stale");
    } else if (casting.cast(turn, personId, ballot, item, choice.get())) {
      turn.toast("ballot.vote.cast", item.code());
    } else {
      turn.alert("ballot.vote.already");
    }
  }

  private void view(Turn turn, Item item) {
    if (!cards.showDossier(turn, item.nominationId())) {
      turn.reply(new Message.Text(cards.cardText(turn.language(), item)));
    }
  }
}
