package vn.exemplarbot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.roster.Person;

/**
 * Routes one update, in the caller's transaction: finds the sender on the roster, then gives a
 * command to its handler (after the role check), a press to the handler of its kind, typed input to
 * the active flow and a contact to registration. Whatever does not fit gets a clear answer that
 * says what to do next.
 */
@Service
public class Dispatcher {

  private final Commands commands;
  private final Map<String, ButtonHandler> buttons;
  private final Map<String, FlowHandler> flows;
  private final Optional<ContactHandler> contacts;
  private final TurnFactory turns;
  private final Flows flowStates;

  Dispatcher(
      Commands commands,
      List<ButtonHandler> buttons,
      List<FlowHandler> flows,
      Optional<ContactHandler> contacts,
      TurnFactory turns,
      Flows flowStates) {
    this.commands = commands;
    this.buttons =
        buttons.stream().collect(Collectors.toMap(ButtonHandler::kind, Function.identity()));
    this.flows = flows.stream().collect(Collectors.toMap(FlowHandler::flow, Function.identity()));
    this.contacts = contacts;
    this.turns = turns;
    this.flowStates = flowStates;
  }

  /** Handles the update; returns the answer owed to a button press, if it was one. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Answer> dispatch(Incoming incoming) {
    if (!incoming.sender().privateChat()) {
      return Optional.empty();
    }
    Turn turn = turns.open(incoming);
    Input input = incoming.input();
    if (input instanceof Input.Command command) {
      onCommand(turn, command);
    } else if (input instanceof Input.Press press) {
      onPress(turn, press);
    } else if (input instanceof Input.Contact contact) {
      contacts.ifPresent(h -> h.onContact(turn, contact));
    } else {
      onTyped(turn);
    }
    return turn.answer();
  }

  private void onCommand(Turn turn, Input.Command command) {
    turn.supersedeEarlierReplies();
    Optional<CommandHandler> handler = commands.find(command.name());
    if (handler.isEmpty()) {
      turn.reply("conversation.unknown-command", command.name());
      return;
    }
    CommandSpec spec = handler.get().spec();
    Optional<Person> person = turn.person();
    if (person.isEmpty() && !spec.strangers()) {
      turn.reply("conversation.not-registered");
    } else if (person.isPresent() && !spec.allows(person.get())) {
      turn.reply("conversation.not-allowed", command.name());
    } else {
      handler.get().handle(turn, command.args());
    }
  }

  private void onPress(Turn turn, Input.Press press) {
    if (turn.person().isEmpty()) {
      turn.alert("conversation.not-registered");
      return;
    }
    Optional<CallbackData> data = CallbackData.decode(press.data());
    Optional<ButtonHandler> handler = data.map(d -> buttons.get(d.kind()));
    if (handler.isEmpty()) {
      turn.alert("conversation.stale-button");
      return;
    }
    handler.get().onPress(turn, data.get());
  }

  private void onTyped(Turn turn) {
    if (turn.person().isEmpty()) {
      turn.hint("conversation.not-registered");
      return;
    }
    Optional<FlowHandler> flow = flowStates.active(turn.person().get().id()).map(flows::get);
    if (flow.isPresent()) {
      flow.get().onInput(turn, turn.input());
    } else if (turn.input() instanceof Input.Text) {
      turn.hint("conversation.no-flow");
    } else {
      turn.hint("conversation.unexpected-input");
    }
  }
}
