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
    List<Message.CommandLine> commands,
    String fileId,
    // A Boolean: rows stored before photos existed have none.
    Boolean photo) {

  static Payload of(Message message) {
    if (message instanceof Message.Document d) {
      return new Payload(
          null,
          null,
          null,
          false,
          d.path(),
          d.fileName(),
          d.caption(),
          null,
          d.fileId(),
          d.photo());
    }
    if (message instanceof Message.Commands c) {
      return new Payload(null, null, null, false, null, null, null, c.commands(), null, false);
    }
    return text((Message.Text) message);
  }

  private static Payload text(Message.Text t) {
    Markup markup = t.markup();
    List<List<Button>> inline = markup instanceof Markup.Inline i ? i.rows() : null;
    String ask = markup instanceof Markup.AskContact a ? a.label() : null;
    boolean remove = markup instanceof Markup.RemoveKeyboard;
    return new Payload(t.text(), inline, ask, remove, null, null, null, null, null, false);
  }

  Message toMessage() {
    if (commands != null) {
      return new Message.Commands(commands);
    }
    if (path != null) {
      return new Message.Document(path, fileName, caption, fileId, Boolean.TRUE.equals(photo));
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
