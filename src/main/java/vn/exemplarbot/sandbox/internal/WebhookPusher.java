package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.exemplarbot.sandbox.WebhookDelivery;

/**
 * Pushes pending updates to the webhook as Telegram does: one at a time (as with {@code
 * max_connections=1}), oldest first, as a JSON POST carrying {@code
 * X-Telegram-Bot-Api-Secret-Token} when a secret was set; an update answered 2xx is delivered, any
 * other answer or none keeps it and it is tried again after a short backoff (Telegram's is longer;
 * tests need not wait for it).
 */
public final class WebhookPusher implements AutoCloseable {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final ObjectMapper json;
  private final UpdateQueue updates;
  private HttpClient http;
  private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean closed;

  WebhookPusher(ObjectMapper json, UpdateQueue updates) {
    this.json = json;
    this.updates = updates;
    this.thread = new Thread(this::run, "bot-api-emulator-webhook");
    thread.setDaemon(true);
    thread.start();
  }

  public List<WebhookDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  private void run() {
    int failures = 0;
    while (!closed) {
      try {
        UpdateQueue.Push push = updates.nextPush(500);
        if (push == null) {
          continue;
        }
        int status = post(push);
        deliveries.add(new WebhookDelivery(push.updateId(), status));
        if (status >= 200 && status < 300) {
          updates.pushed(push.updateId());
          failures = 0;
        } else {
          updates.pushFailed(
              status == 0 ? "Connection refused" : "Wrong response from the webhook: " + status);
          Thread.sleep(Math.min(2_000, 100L << Math.min(++failures, 5)));
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private int post(UpdateQueue.Push push) throws InterruptedException {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(push.webhook().url()))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(push.update())));
      if (push.webhook().secret() != null) {
        request.header(SECRET_HEADER, push.webhook().secret());
      }
      return client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException | IllegalArgumentException e) {
      return 0;
    }
  }

  /** Made at the first push: most emulators never see a webhook. */
  private HttpClient client() {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
    return http;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
