package vn.exemplarbot.telegram.internal;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.exemplarbot.conversation.Incoming;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Sender;

/**
 * Turns a Telegram update into our own record at once; nothing of TelegramBots goes further. Text
 * is normalised to NFC. {@code /cmd@botname} is ours only when the name is this bot's.
 */
public final class UpdateTranslator {

  private final String botUsername;

  public UpdateTranslator(String botUsername) {
    this.botUsername = botUsername == null ? "" : botUsername.toLowerCase(Locale.ROOT);
  }

  public Optional<Incoming> translate(Update update) {
    if (update.hasCallbackQuery()) {
      return press(update.getUpdateId(), update.getCallbackQuery());
    }
    if (update.hasMessage() && update.getMessage().getFrom() != null) {
      Message message = update.getMessage();
      return input(message)
          .map(
              in ->
                  new Incoming(
                      update.getUpdateId(), sender(message.getFrom(), message.getChat()), in));
    }
    return Optional.empty();
  }

  private Optional<Incoming> press(long updateId, CallbackQuery query) {
    if (query.getMessage() == null) {
      return Optional.empty();
    }
    Chat chat = query.getMessage().getChat();
    Input.Press press =
        new Input.Press(query.getId(), query.getMessage().getMessageId(), nfc(query.getData()));
    return Optional.of(new Incoming(updateId, sender(query.getFrom(), chat), press));
  }

  private Optional<Input> input(Message message) {
    if (message.hasText()) {
      String text = nfc(message.getText()).strip();
      return text.startsWith("/") ? command(text) : Optional.of(new Input.Text(text));
    }
    if (message.hasContact()) {
      var contact = message.getContact();
      return Optional.of(new Input.Contact(contact.getPhoneNumber(), contact.getUserId()));
    }
    if (message.hasDocument()) {
      Document d = message.getDocument();
      long size = d.getFileSize() == null ? 0 : d.getFileSize();
      return Optional.of(
          new Input.Upload(d.getFileId(), d.getFileName(), d.getMimeType(), size, false));
    }
    if (message.hasPhoto()) {
      PhotoSize largest =
          message.getPhoto().stream()
              .max(Comparator.comparingInt(p -> p.getFileSize() == null ? 0 : p.getFileSize()))
              .orElseThrow();
      long size = largest.getFileSize() == null ? 0 : largest.getFileSize();
      return Optional.of(
          new Input.Upload(largest.getFileId(), "photo.jpg", "image/jpeg", size, true));
    }
    return Optional.of(new Input.Other(message.hasSticker() ? "sticker" : "other"));
  }

  private Optional<Input> command(String text) {
    int space = text.indexOf(' ');
    String word = space < 0 ? text.substring(1) : text.substring(1, space);
    String args = space < 0 ? "" : text.substring(space + 1).strip();
    int at = word.indexOf('@');
    if (at >= 0) {
      String addressee = word.substring(at + 1).toLowerCase(Locale.ROOT);
      if (!addressee.equals(botUsername)) {
        return Optional.empty();
      }
      word = word.substring(0, at);
    }
    return Optional.of(new Input.Command(word.toLowerCase(Locale.ROOT), args));
  }

  private static Sender sender(User from, Chat chat) {
    return new Sender(
        from.getId(),
        from.getUserName(),
        from.getFirstName(),
        from.getLanguageCode(),
        chat.getId(),
        "private".equals(chat.getType()));
  }

  private static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
