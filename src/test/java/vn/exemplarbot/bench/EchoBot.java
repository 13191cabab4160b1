package vn.exemplarbot.bench;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The floor the bot is measured against (issue 16): the same TelegramBots client and its own long
 * polling, a reply per text and an answer per press, nothing stored, nothing else. {@code java -cp
 * … vn.exemplarbot.bench.EchoBot <api-url> <token>}; it runs until it is stopped.
 */
public final class EchoBot implements LongPollingSingleThreadUpdateConsumer {

  private final OkHttpTelegramClient client;

  private EchoBot(OkHttpTelegramClient client) {
    this.client = client;
  }

  public static void main(String[] args) throws Exception {
    URI api = URI.create(args[0]);
    String token = args[1];
    TelegramUrl url = new TelegramUrl(api.getScheme(), api.getHost(), api.getPort(), false);
    OkHttpTelegramClient client = new OkHttpTelegramClient(token, url);
    TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication();
    polling.registerBot(
        token,
        () -> url,
        // TelegramBots hands over the last update received, not the next offset: asking from it
        // again gets that update back at once, and polling spins (the floor's idle cost, before).
        last -> GetUpdates.builder().offset(last + 1).timeout(50).build(),
        new EchoBot(client));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    polling.close();
                  } catch (Exception e) {
                    // Stopping anyway.
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }

  @Override
  public void consume(Update update) {
    try {
      if (update.hasMessage() && update.getMessage().hasText()) {
        client.execute(
            SendMessage.builder()
                .chatId(update.getMessage().getChatId())
                .text(update.getMessage().getText())
                .build());
      } else if (update.hasCallbackQuery()) {
        client.execute(
            AnswerCallbackQuery.builder()
                .callbackQueryId(update.getCallbackQuery().getId())
                .text("ok")
                .build());
      }
    } catch (TelegramApiException e) {
      System.err.println("echo: " + e.getMessage());
    }
  }
}
