package vn.exemplarbot.conversation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;

/**
 * Opens a turn: finds the sender on the roster and, when the roster knows them but they never
 * started the bot in this chat, registers the chat (so held messages go out and replies reach
 * them).
 */
@Component
class TurnFactory {

  private final Accounts accounts;
  private final Outbox outbox;
  private final Texts texts;
  private final Clock clock;
  private final HintPace hints;

  TurnFactory(Accounts accounts, Outbox outbox, Texts texts, Clock clock, HintPace hints) {
    this.accounts = accounts;
    this.outbox = outbox;
    this.texts = texts;
    this.clock = clock;
    this.hints = hints;
  }

  Turn open(Incoming incoming) {
    Sender sender = incoming.sender();
    Optional<Accounts.Member> member = accounts.member(sender.userId());
    if (member.filter(m -> !m.registeredIn(sender.chatId())).isPresent()) {
      // Known by the roster but new in this chat: registering releases what waited for them.
      accounts.start(sender.userId(), sender.username(), sender.chatId(), clock.instant());
    }
    String language = member.map(Accounts.Member::language).orElse("vi");
    Person person = member.map(Accounts.Member::person).orElse(null);
    return new Turn(incoming, person, language, outbox, texts, hints);
  }
}
