package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The real TelegramBots 9.2.0 client against the emulator, with the spec check on. */
class TelegramBotsClientTests {

  private static final String TOKEN = "4242:client-token";

  private BotApiEmulator emulator;
  private OkHttpClient http;
  private OkHttpTelegramClient client;
  private EmulatedUser an;

  @BeforeEach
  void start() {
    emulator = BotApiEmulator.start(TOKEN);
    emulator.requestValidator(new BotApiSpec());
    http = new OkHttpClient();
    client =
        new OkHttpTelegramClient(
            new ObjectMapper(),
            http,
            TOKEN,
            new TelegramUrl("http", "127.0.0.1", emulator.port(), false));
    an = emulator.user(7, "an", "An");
  }

  @AfterEach
  void stop() {
    emulator.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void sendsEditsAndAnswersLikeTelegram() throws Exception {
    an.send("/start");
    List<Update> updates =
        await(client.executeAsync(GetUpdates.builder().offset(0).timeout(1).build()));
    assertThat(updates)
        .singleElement()
        .satisfies(u -> assertThat(u.getMessage().getText()).isEqualTo("/start"));

    Message menu =
        await(
            client.executeAsync(
                SendMessage.builder()
                    .chatId(7L)
                    .text("Chọn")
                    .replyMarkup(
                        InlineKeyboardMarkup.builder()
                            .keyboardRow(
                                new InlineKeyboardRow(
                                    InlineKeyboardButton.builder()
                                        .text("Có")
                                        .callbackData("yes")
                                        .build()))
                            .build())
                    .build()));
    an.press(menu.getMessageId(), "yes");
    Update press =
        await(
                client.executeAsync(
                    GetUpdates.builder().offset(updates.get(0).getUpdateId() + 1).build()))
            .get(0);
    assertThat(
            await(
                client.executeAsync(
                    AnswerCallbackQuery.builder()
                        .callbackQueryId(press.getCallbackQuery().getId())
                        .text("Đã ghi")
                        .build())))
        .isTrue();
    await(
        client.executeAsync(
            EditMessageText.builder()
                .chatId(7L)
                .messageId(menu.getMessageId())
                .text("Đã chọn: Có")
                .build()));

    assertThat(emulator.awaitBotMessage(7, m -> m.edited(), Duration.ofSeconds(5)).text())
        .isEqualTo("Đã chọn: Có");
    assertThat(emulator.callbackAnswers())
        .extracting(CallbackAnswer::text)
        .containsExactly("Đã ghi");
    assertThat(emulator.violations()).isEmpty();
  }

  @Test
  void uploadsADocumentAsMultipart() throws Exception {
    byte[] bytes = "xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Message sent =
        await(
            client.executeAsync(
                SendDocument.builder()
                    .chatId(7L)
                    .document(new InputFile(new ByteArrayInputStream(bytes), "chao.txt"))
                    .caption("Tệp")
                    .build()));

    assertThat(sent.getDocument().getFileName()).isEqualTo("chao.txt");
    assertThat(emulator.chat(7))
        .singleElement()
        .satisfies(m -> assertThat(m.documentBytes()).isEqualTo(bytes));
    assertThat(emulator.violations()).isEmpty();
  }

  @Test
  void setsCommandsForAChat() throws Exception {
    await(
        client.executeAsync(
            SetMyCommands.builder()
                .command(new BotCommand("vote", "Bỏ phiếu"))
                .scope(new BotCommandScopeChat("7"))
                .languageCode("vi")
                .build()));

    assertThat(emulator.commandsFor(7)).isEqualTo(java.util.Map.of("vi", List.of("vote")));
    assertThat(emulator.violations()).isEmpty();
  }

  @Test
  void surfacesTelegramErrorsAsRequestExceptions() {
    an.blockBot(true);

    assertThatThrownBy(
            () -> await(client.executeAsync(SendMessage.builder().chatId(7L).text("hi").build())))
        .hasCauseInstanceOf(TelegramApiRequestException.class)
        .cause()
        .hasMessageContaining("[403] Forbidden: bot was blocked by the user");
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }
}
