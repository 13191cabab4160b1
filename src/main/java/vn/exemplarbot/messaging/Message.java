package vn.exemplarbot.messaging;

import java.util.List;

/** What the outbox sends: a text with its markup, a document, or a command menu. */
public sealed interface Message {

  record Text(String text, Markup markup) implements Message {
    public Text(String text) {
      this(text, Markup.NONE);
    }
  }

  /**
   * A file from the data folder; its path is relative to {@code EXEMPLAR_DATA_DIR}. With a {@code
   * fileId}, Telegram's own copy is sent (as a photo when {@code photo}), and the file in the data
   * folder only when Telegram no longer knows that id.
   */
  record Document(String path, String fileName, String caption, String fileId, boolean photo)
      implements Message {

    public Document(String path, String fileName, String caption) {
      this(path, fileName, caption, null, false);
    }
  }

  /** The command menu of one private chat, in one language. */
  record Commands(List<CommandLine> commands) implements Message {}

  record CommandLine(String command, String description) {}
}
