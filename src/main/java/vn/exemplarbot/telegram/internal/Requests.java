package vn.exemplarbot.telegram.internal;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;

/** Our messages as TelegramBots method objects. */
final class Requests {

  private Requests() {}

  static SendMessage send(long chatId, Message.Text text) {
    return SendMessage.builder()
        .chatId(chatId)
        .text(text.text())
        .replyMarkup(markup(text.markup()))
        .build();
  }

  static EditMessageText edit(long chatId, long messageId, Message.Text text) {
    return EditMessageText.builder()
        .chatId(chatId)
        .messageId((int) messageId)
        .text(text.text())
        .replyMarkup(text.markup() instanceof Markup.Inline inline ? inline(inline) : null)
        .build();
  }

  static DeleteMessage delete(long chatId, long messageId) {
    return DeleteMessage.builder().chatId(chatId).messageId((int) messageId).build();
  }

  static SetMyCommands commands(long chatId, Message.Commands commands) {
    List<BotCommand> lines =
        commands.commands().stream()
            .map(c -> new BotCommand(c.command(), shorten(c.description(), 256)))
            .toList();
    return SetMyCommands.builder()
        .commands(lines)
        .scope(BotCommandScopeChat.builder().chatId(chatId).build())
        .build();
  }

  private static ReplyKeyboard markup(Markup markup) {
    if (markup instanceof Markup.Inline inline) {
      return inline(inline);
    }
    if (markup instanceof Markup.RemoveKeyboard) {
      return ReplyKeyboardRemove.builder().removeKeyboard(true).build();
    }
    if (markup instanceof Markup.AskContact ask) {
      return ReplyKeyboardMarkup.builder()
          .keyboard(
              List.of(
                  new KeyboardRow(
                      KeyboardButton.builder().text(ask.label()).requestContact(true).build())))
          .resizeKeyboard(true)
          .oneTimeKeyboard(true)
          .build();
    }
    return null;
  }

  private static InlineKeyboardMarkup inline(Markup.Inline inline) {
    List<InlineKeyboardRow> rows =
        inline.rows().stream()
            .map(row -> new InlineKeyboardRow(row.stream().map(Requests::button).toList()))
            .toList();
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private static InlineKeyboardButton button(Button button) {
    return InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
