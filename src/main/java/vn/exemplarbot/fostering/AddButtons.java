package vn.exemplarbot.fostering;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.roster.Person;

/**
 * {@code Thêm nhân tố mới}: {@code nfa:new} starts it in a new message; then {@code
 * nfa:<seq>:<action>[:<arg>]}. A press counts only from a division head or a council secretary,
 * with the sequence number of the step they are at and an action that step offers; anything else is
 * refused with an alert and changes nothing.
 */
@Component
class AddButtons implements ButtonHandler {

  static final String KIND = "nfa";
  static final CallbackData START = CallbackData.of(KIND, "new");

  private static final Map<Adding.Step, Set<String>> OFFERED =
      Map.of(
          Adding.Step.KIND, Set.of("kind", "cancel"),
          Adding.Step.DIVISION, Set.of("div", "cancel"),
          Adding.Step.PERSON, Set.of("per", "page", "cancel"),
          Adding.Step.CONFIRM, Set.of("ok", "cancel"));

  private final Flows flows;
  private final Stewards stewards;
  private final AddView view;
  private final AddChoices choices;
  private final Fostering fostering;

  AddButtons(
      Flows flows, Stewards stewards, AddView view, AddChoices choices, Fostering fostering) {
    this.flows = flows;
    this.stewards = stewards;
    this.view = view;
    this.choices = choices;
    this.fostering = fostering;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Person person = turn.person().orElseThrow();
    if (!stewards.fosters(person)) {
      turn.alert("newfactors.not-allowed");
      return;
    }
    if (data.args().equals(START.args())) {
      Adding first = Adding.start(state(person).map(s -> s.seq() + 1).orElse(1));
      flows.save(person.id(), Adding.FLOW, first);
      turn.reply(view.render(turn, person, first));
      return;
    }
    String action = data.args().size() > 1 ? data.arg(1) : "";
    Optional<Adding> state =
        state(person)
            .filter(s -> data.longArg(0).filter(seq -> seq == s.seq()).isPresent())
            .filter(s -> OFFERED.get(s.step()).contains(action));
    if (state.isEmpty()) {
      turn.alert("newfactors.stale");
      return;
    }
    act(turn, person, state.get(), data);
  }

  private void act(Turn turn, Person person, Adding state, CallbackData data) {
    Optional<Long> arg = data.longArg(2);
    Move move;
    String action = data.arg(1);
    switch (action) {
      case "cancel":
        flows.end(person.id(), Adding.FLOW);
        turn.show(turn.text("newfactors.add.cancelled"), Markup.NONE);
        return;
      case "ok":
        confirm(turn, person, state);
        return;
      case "kind":
        move = choices.kind(state, data.args().size() > 2 ? data.arg(2) : "");
        break;
      case "div":
        move = choices.division(person, state, arg);
        break;
      case "page":
        move = choices.page(state, arg);
        break;
      default:
        move = choices.person(state, arg);
    }
    go(turn, person, move);
  }

  private void go(Turn turn, Person person, Move move) {
    if (move instanceof Move.Refused refused) {
      turn.alert(refused.key(), refused.args().toArray());
      return;
    }
    Adding next = ((Move.Next) move).state();
    flows.save(person.id(), Adding.FLOW, next);
    var message = view.render(turn, person, next);
    turn.show(message.text(), message.markup());
  }

  private void confirm(Turn turn, Person person, Adding state) {
    Optional<Move.Refused> refused = choices.confirmable(person, state);
    if (refused.isPresent()) {
      go(turn, person, refused.get());
      return;
    }
    flows.end(person.id(), Adding.FLOW);
    String name = view.describe(state.subject());
    Listing listing = fostering.direct(state.subject(), person);
    String key = listing instanceof Listing.Added ? "newfactors.added" : "newfactors.already";
    turn.show(turn.text(key, name), Markup.NONE);
  }

  private Optional<Adding> state(Person person) {
    return flows.state(person.id(), Adding.FLOW, Adding.class);
  }
}
