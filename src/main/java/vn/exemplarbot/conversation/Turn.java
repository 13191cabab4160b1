package vn.exemplarbot.conversation;

import java.util.Locale;
import java.util.Optional;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Person;

/**
 * One turn of a conversation: who wrote, what, and the means to answer them in their language.
 * Replies go through the outbox in the update's transaction; a button press is answered at once
 * after the commit with what {@link #toast} or {@link #alert} left here.
 */
public final class Turn {

  private final Incoming incoming;
  private final Person person;
  private final String language;
  private final Outbox outbox;
  private final Texts texts;
  private Answer answer;

  Turn(Incoming incoming, Person person, String language, Outbox outbox, Texts texts) {
    this.incoming = incoming;
    this.person = person;
    this.language = language;
    this.outbox = outbox;
    this.texts = texts;
  }

  public Sender sender() {
    return incoming.sender();
  }

  public Input input() {
    return incoming.input();
  }

  public Optional<Person> person() {
    return Optional.ofNullable(person);
  }

  public String language() {
    return language;
  }

  public Locale locale() {
    return Texts.locale(language);
  }

  /** A text from the bundles in this person's language. */
  public String text(String key, Object... args) {
    return texts.get(language, key, args);
  }

  public void reply(String key, Object... args) {
    reply(new Message.Text(text(key, args)));
  }

  public void reply(Message message) {
    if (person != null && sender().privateChat()) {
      outbox.toPerson(person.id(), message);
    } else {
      outbox.toChat(sender().chatId(), message);
    }
  }

  /** On a button press, rewrites the pressed message in place; otherwise sends a new one. */
  public void show(String text, Markup markup) {
    Message.Text message = new Message.Text(text, markup);
    if (incoming.input() instanceof Input.Press press) {
      outbox.edit(sender().chatId(), press.messageId(), message);
    } else {
      reply(message);
    }
  }

  public void toast(String key, Object... args) {
    answer(text(key, args), false);
  }

  public void alert(String key, Object... args) {
    answer(text(key, args), true);
  }

  private void answer(String text, boolean alert) {
    if (incoming.input() instanceof Input.Press press) {
      String shortText = text.length() > 200 ? text.substring(0, 199) + "…" : text;
      answer = new Answer(press.callbackQueryId(), shortText, alert);
    }
  }

  /** The answer to send for a press: what a handler left, or a silent one (the spinner stops). */
  Optional<Answer> answer() {
    if (incoming.input() instanceof Input.Press press) {
      return Optional.of(
          answer != null ? answer : new Answer(press.callbackQueryId(), null, false));
    }
    return Optional.empty();
  }
}
