package vn.exemplarbot.sandbox;

import java.util.List;

/**
 * A message as the user sees it in a chat: edits applied. {@code documentName} and {@code
 * documentBytes} are null unless the message carries a document or a photo ({@code photo}).
 */
public record ChatMessage(
    long messageId,
    boolean fromBot,
    String text,
    List<List<Button>> keyboard,
    String documentName,
    byte[] documentBytes,
    boolean edited,
    boolean photo) {

  /** An inline keyboard button; {@code callbackData} is null for URL and other buttons. */
  public record Button(String text, String callbackData) {}

  /** A button of a reply keyboard; {@code requestContact} shares the user's own phone number. */
  public record ReplyButton(String text, boolean requestContact) {}

  /** Every button of the inline keyboard, row by row. */
  public List<Button> buttons() {
    return keyboard.stream().flatMap(List::stream).toList();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append('#').append(messageId).append(fromBot ? " bot" : " user").append(edited ? "*" : "");
    s.append(": ").append(text == null ? "" : text);
    if (documentName != null) {
      s.append(photo ? " [photo " : " [document ").append(documentName).append(']');
    }
    keyboard.forEach(row -> s.append("\n    ").append(row));
    return s.toString();
  }
}
