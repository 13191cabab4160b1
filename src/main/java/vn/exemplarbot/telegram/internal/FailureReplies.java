package vn.exemplarbot.telegram.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Answer;
import vn.exemplarbot.conversation.Incoming;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;

/** What the sender of an update that failed is told: nothing was lost, try again or ask. */
@Component
public class FailureReplies {

  private final Inbox inbox;
  private final Outbox outbox;
  private final Texts texts;

  FailureReplies(Inbox inbox, Outbox outbox, Texts texts) {
    this.inbox = inbox;
    this.outbox = outbox;
    this.texts = texts;
  }

  Optional<Answer> setAside(RawUpdate raw, Optional<Incoming> incoming) {
    inbox.handled(raw.updateId(), true);
    if (incoming.isEmpty() || !incoming.get().sender().privateChat()) {
      return Optional.empty();
    }
    Incoming in = incoming.get();
    String text = texts.get("vi", "system.failed");
    outbox.toChat(in.sender().chatId(), new Message.Text(text));
    if (in.input() instanceof Input.Press press) {
      return Optional.of(
          new Answer(press.callbackQueryId(), texts.get("vi", "system.failed-short"), false));
    }
    return Optional.empty();
  }
}
