package vn.exemplarbot.nomination;

import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;

/**
 * What other people are told about endorsement: the endorsers when a nomination is (re)submitted,
 * the proposer at each step. Held by the outbox until they register.
 */
@Component
class EndorsementNotices {

  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final EndorsementCard card;
  private final Endorsers endorsers;

  EndorsementNotices(
      Outbox outbox, Accounts accounts, Texts texts, EndorsementCard card, Endorsers endorsers) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.card = card;
    this.endorsers = endorsers;
  }

  /** One message to each endorser, with the buttons. */
  void askEndorsers(Nomination n) {
    for (Person p : endorsers.of(n)) {
      outbox.toPerson(p.id(), card.card(accounts.language(p.id()), n));
    }
  }

  String nominee(Nomination n) {
    return card.nominee(n);
  }

  void toProposer(Nomination n, String key, Object... args) {
    String language = accounts.language(n.proposerId());
    outbox.toPerson(n.proposerId(), new Message.Text(texts.get(language, key, args)));
  }
}
