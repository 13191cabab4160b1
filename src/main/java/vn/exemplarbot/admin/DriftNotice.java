package vn.exemplarbot.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.storage.Instances;

/** Tells the admins, once per difference, that an instance runs another {@code bot-config/}. */
@Component
class DriftNotice {

  private static final Logger log = LoggerFactory.getLogger(DriftNotice.class);

  private final Instances instances;
  private final Outbox outbox;
  private final Directory directory;
  private final Accounts accounts;
  private final Texts texts;

  DriftNotice(
      Instances instances, Outbox outbox, Directory directory, Accounts accounts, Texts texts) {
    this.instances = instances;
    this.outbox = outbox;
    this.directory = directory;
    this.accounts = accounts;
    this.texts = texts;
  }

  /** In one transaction: the claim that it is told, and the messages that tell it. */
  @Transactional
  public void tell(String instance) {
    if (!instances.told(instance)) {
      return;
    }
    log.warn("bot-config/ of instance {} differs from this active instance's", instance);
    for (Person admin : directory.roster().withRole(Role.ADMIN)) {
      String text = texts.get(accounts.language(admin.id()), "admin.config-differs", instance);
      outbox.toPerson(admin.id(), new Message.Text(text));
    }
  }
}
