package vn.exemplarbot.registration;

import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Commands;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.roster.Account;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Registration;

/** What a person reads when they start: who the bot thinks they are, or how to be recognised. */
@Component
class Welcome {

  private final Directory directory;
  private final Commands commands;
  private final Outbox outbox;

  Welcome(Directory directory, Commands commands, Outbox outbox) {
    this.directory = directory;
    this.commands = commands;
    this.outbox = outbox;
  }

  void greet(Turn turn, Person person, Account account) {
    String division =
        directory.roster().division(person.divisionCode()).map(Division::name).orElse("");
    String position = person.position() == null ? "" : person.position() + ", ";
    String honorific = person.honorific() == null ? "" : person.honorific() + " ";
    String text =
        turn.text("start.greeting", honorific + person.name(), position + division, organization())
            + "\n\n"
            + turn.text("start.next");
    // The contact keyboard, if one was shown, goes away with the greeting.
    outbox.toPerson(person.id(), new Message.Text(text, new Markup.RemoveKeyboard()));
    commands.refreshMenu(person);
  }

  void askContact(Turn turn) {
    turn.reply(
        new Message.Text(
            turn.text("start.ask-contact", organization(), office(turn)),
            new Markup.AskContact(turn.text("start.share-contact"))));
  }

  void refuse(Turn turn, Registration.Reason reason) {
    String key =
        switch (reason) {
          case UNKNOWN_PHONE -> "start.refused.unknown-phone";
          case BOUND_TO_ANOTHER -> "start.refused.bound";
          case FOREIGN_CONTACT -> "start.refused.foreign-contact";
          case NOT_PRIVATE -> "start.refused.not-private";
        };
    turn.reply(key, office(turn));
  }

  private String organization() {
    return directory.roster().organization().name();
  }

  private String office(Turn turn) {
    return directory
        .roster()
        .office()
        .map(Division::name)
        .orElseGet(() -> turn.text("start.office"));
  }
}
