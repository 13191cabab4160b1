package vn.exemplarbot.registration;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.ContactHandler;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Registration;

/** {@code /start} and the contact a person shares to be recognised. */
@Component
class StartCommand implements CommandHandler, ContactHandler {

  private final Accounts accounts;
  private final Welcome welcome;
  private final AuditLog audit;
  private final Clock clock;

  StartCommand(Accounts accounts, Welcome welcome, AuditLog audit, Clock clock) {
    this.accounts = accounts;
    this.welcome = welcome;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forAnyone("start", "command.start");
  }

  @Override
  public void handle(Turn turn, String args) {
    var sender = turn.sender();
    answer(
        turn, accounts.start(sender.userId(), sender.username(), sender.chatId(), clock.instant()));
  }

  @Override
  public void onContact(Turn turn, Input.Contact contact) {
    var sender = turn.sender();
    answer(
        turn,
        accounts.contact(
            sender.userId(), contact.phone(), contact.userId(), sender.chatId(), clock.instant()));
  }

  private void answer(Turn turn, Registration registration) {
    if (registration instanceof Registration.Registered r) {
      if (r.firstTime()) {
        audit.record(r.person().id(), "registered", r.person().id(), r.account().boundBy());
      }
      welcome.greet(turn, r.person(), r.account());
    } else if (registration instanceof Registration.Refused refused) {
      welcome.refuse(turn, refused.reason());
    } else {
      welcome.askContact(turn);
    }
  }
}
