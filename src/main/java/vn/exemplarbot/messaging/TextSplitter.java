package vn.exemplarbot.messaging;

import java.util.ArrayList;
import java.util.List;

/** Keeps every text within Telegram's 4096 characters: sends split, edits are shortened. */
final class TextSplitter {

  static final int LIMIT = 4096;

  private TextSplitter() {}

  /** Splits at line breaks where possible; the markup stays with the last part. */
  static List<Message> split(Message message) {
    if (!(message instanceof Message.Text text) || length(text.text()) <= LIMIT) {
      return List.of(message);
    }
    List<Message> parts = new ArrayList<>();
    String rest = text.text();
    while (length(rest) > LIMIT) {
      int cut = cutPoint(rest);
      parts.add(new Message.Text(rest.substring(0, cut).stripTrailing()));
      rest = rest.substring(cut).stripLeading();
    }
    parts.add(new Message.Text(rest.stripTrailing(), text.markup()));
    return parts;
  }

  static Message.Text fit(Message.Text text) {
    if (length(text.text()) <= LIMIT) {
      return text;
    }
    int cut = safeIndex(text.text(), LIMIT - 1);
    return new Message.Text(text.text().substring(0, cut) + "…", text.markup());
  }

  private static int cutPoint(String text) {
    int hardLimit = safeIndex(text, LIMIT);
    int newline = text.lastIndexOf('\n', hardLimit);
    if (newline > hardLimit / 2) {
      return newline + 1;
    }
    int space = text.lastIndexOf(' ', hardLimit);
    return space > hardLimit / 2 ? space + 1 : hardLimit;
  }

  /** Telegram counts UTF-16 code units, as {@link String#length()} does. */
  private static int length(String text) {
    return text.length();
  }

  /** An index at or before {@code index} that does not cut a surrogate pair. */
  private static int safeIndex(String text, int index) {
    return Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
  }
}
