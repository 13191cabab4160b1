package vn.exemplarbot.nomination;

import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;

/**
 * What appraisal tells others: every appraiser gets the card when a dossier is endorsed or comes
 * back completed; the proposer hears of each step. Held by the outbox until they register.
 */
@Component
class AppraisalNotices {

  private final Outbox outbox;
  private final Accounts accounts;
  private final AppraisalCard card;
  private final Appraisers appraisers;
  private final EndorsementNotices proposer;

  AppraisalNotices(
      Outbox outbox,
      Accounts accounts,
      AppraisalCard card,
      Appraisers appraisers,
      EndorsementNotices proposer) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.card = card;
    this.appraisers = appraisers;
    this.proposer = proposer;
  }

  /** One card to each appraiser; {@code completed} when it comes back after {@code Bổ sung}. */
  void askAppraisers(Nomination n, boolean completed) {
    for (Person p : appraisers.of(n)) {
      outbox.toPerson(p.id(), card.card(accounts.language(p.id()), n, completed));
    }
  }

  void toProposer(Nomination n, String key, Object... args) {
    proposer.toProposer(n, key, args);
  }

  String nominee(Nomination n) {
    return card.nominee(n);
  }
}
