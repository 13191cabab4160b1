package vn.exemplarbot.conversation;

import java.util.Locale;
import java.util.Optional;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Reply;
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
  private final HintPace hints;
  private Answer answer;

  Turn(
      Incoming incoming,
      Person person,
      String language,
      Outbox outbox,
      Texts texts,
      HintPace hints) {
    this.incoming = incoming;
    this.person = person;
    this.language = language;
    this.outbox = outbox;
    this.texts = texts;
    this.hints = hints;
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

  /**
   * Answers in the sender's chat. A reply that waits there already, word for word, is not queued
   * twice; a reply to a command is dropped if a newer command arrives before it is sent.
   */
  public void reply(Message message) {
    reply(message, incoming.input() instanceof Input.Command ? Reply.COMMAND : Reply.INPUT);
  }

  /**
   * A hint to input that changed nothing (free text, a sticker, a file where none is wanted): at
   * most one per chat per {@code exemplar.conversation.hint-interval}, so a flood is not answered
   * line by line.
   */
  public void hint(String key, Object... args) {
    if (hints.allow(sender().chatId())) {
      reply(new Message.Text(text(key, args)), Reply.HINT);
    }
  }

  /**
   * A new command: replies still waiting for earlier commands are dropped, and one line says so.
   */
  void supersedeEarlierReplies() {
    if (sender().privateChat() && outbox.supersedeReplies(sender().chatId()) > 0) {
      reply(new Message.Text(text("conversation.superseded")), Reply.NOTE);
    }
  }

  private void reply(Message message, Reply kind) {
    if (sender().privateChat()) {
      outbox.reply(person == null ? null : person.id(), sender().chatId(), message, kind);
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
