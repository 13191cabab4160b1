package vn.exemplarbot.messaging.internal;

import java.util.List;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;

/** The stored form of a message: flat, so that it reads back without type tags. */
record Payload(
    String text,
    List<List<Button>> inline,
    String askContact,
    boolean removeKeyboard,
    String path,
    String fileName,
    String caption,
    List<Message.CommandLine> commands) {

  static Payload of(Message message) {
    return switch (message) {
      case Message.Text t -> text(t);
      case Message.Document d ->
          new Payload(null, null, null, false, d.path(), d.fileName(), d.caption(), null);
      case Message.Commands c -> new Payload(null, null, null, false, null, null, null, c.commands());
    };
  }

  private static Payload text(Message.Text t) {
    return switch (t.markup()) {
      case Markup.None n -> new Payload(t.text(), null, null, false, null, null, null, null);
      case Markup.Inline i -> new Payload(t.text(), i.rows(), null, false, null, null, null, null);
      case Markup.AskContact a ->
          new Payload(t.text(), null, a.label(), false, null, null, null, null);
      case Markup.RemoveKeyboard r -> new Payload(t.text(), null, null, true, null, null, null, null);
    };
  }

  Message toMessage() {
    if (commands != null) {
      return new Message.Commands(commands);
    }
    if (path != null) {
      return new Message.Document(path, fileName, caption);
    }
    return new Message.Text(text, markup());
  }

  private Markup markup() {
    if (inline != null) {
      return new Markup.Inline(inline);
    }
    if (askContact != null) {
      return new Markup.AskContact(askContact);
    }
    return removeKeyboard ? new Markup.RemoveKeyboard() : Markup.NONE;
  }
}
