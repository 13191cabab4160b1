package vn.exemplarbot.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.PersonRegistered;

/** Messages that waited for a person go out as soon as they have a chat with the bot. */
@Component
class HeldMessages {

  private final Outbox outbox;

  HeldMessages(Outbox outbox) {
    this.outbox = outbox;
  }

  @EventListener
  void on(PersonRegistered registered) {
    outbox.release(registered.personId(), registered.chatId());
  }
}
