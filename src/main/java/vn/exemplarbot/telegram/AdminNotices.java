package vn.exemplarbot.telegram;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.telegram.internal.PollConflict;

/** What the Telegram adapter tells the admins through the outbox, in each one's language. */
@Component
class AdminNotices {

  private final Outbox outbox;
  private final TransactionTemplate transactions;
  private final Directory directory;
  private final Accounts accounts;
  private final Texts texts;

  AdminNotices(
      Outbox outbox,
      TransactionTemplate transactions,
      Directory directory,
      Accounts accounts,
      Texts texts) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.directory = directory;
    this.accounts = accounts;
    this.texts = texts;
  }

  /** Once Telegram accepts the token again: how long sending was held, and that it resumes. */
  void tokenBack(java.time.Duration lasted) {
    transactions.executeWithoutResult(
        tx -> {
          for (Person admin : directory.roster().withRole(Role.ADMIN)) {
            String text =
                texts.get(
                    accounts.language(admin.id()),
                    "system.token-back",
                    lasted.toMinutes(),
                    lasted.toSecondsPart());
            outbox.toPerson(admin.id(), new Message.Text(text));
          }
        });
  }

  /** Once per streak of {@code 409 Conflict} on {@code getUpdates}. */
  void conflict(PollConflict.Kind kind) {
    String key =
        kind == PollConflict.Kind.WEBHOOK
            ? "system.conflict.webhook"
            : "system.conflict.other-poller";
    transactions.executeWithoutResult(
        tx -> {
          for (Person admin : directory.roster().withRole(Role.ADMIN)) {
            String text = texts.get(accounts.language(admin.id()), key);
            outbox.toPerson(admin.id(), new Message.Text(text));
          }
        });
  }
}
