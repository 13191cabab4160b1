package vn.exemplarbot.telegram.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/**
 * Where updates come from. With {@code TELEGRAM_WEBHOOK_URL}: {@code setWebhook} with the kept
 * secret, one connection at a time (updates in order, as with polling) and pending updates kept.
 * Without it, after a webhook was set: {@code deleteWebhook}, pending updates kept, before the
 * first {@code getUpdates}. Each is asked until Telegram agrees; an update sent meanwhile waits at
 * Telegram and arrives once (the inbox is keyed by {@code update_id}).
 */
public final class WebhookSwitch {

  private static final Logger log = LoggerFactory.getLogger(WebhookSwitch.class);

  private final BotApi api;
  private final WebhookState state;
  private final WebhookReceiver receiver;
  private final String token;
  private volatile boolean running = true;

  public WebhookSwitch(BotApi api, WebhookState state, WebhookReceiver receiver, String token) {
    this.api = api;
    this.state = state;
    this.receiver = receiver;
    this.token = token;
  }

  /** Receives updates at this address from now on. */
  public void toWebhook(WebhookAddress address) throws InterruptedException {
    String url = address.url().toString();
    String secret = until("read the webhook's secret", state::secret);
    receiver.open(secret);
    untilDone("record the webhook", () -> state.setting(url));
    SetWebhook request =
        SetWebhook.builder()
            .url(url)
            .secretToken(secret)
            .maxConnections(1)
            .dropPendingUpdates(false)
            .build();
    until("set the webhook", () -> api.setWebhook(request, Duration.ofSeconds(30)));
    log.info(
        "Webhook set at {}: Telegram pushes updates there (path {} on this server)",
        address.shown(token),
        WebhookAddress.redacted(address.path(), token));
  }

  /** Removes a webhook this bot set, so that {@code getUpdates} may be used. */
  public void toPolling() throws InterruptedException {
    if (until("read the webhook's state", state::set).isEmpty()) {
      return;
    }
    DeleteWebhook request = DeleteWebhook.builder().dropPendingUpdates(false).build();
    until("delete the webhook", () -> api.call(request, Duration.ofSeconds(30)));
    untilDone("record the webhook deleted", state::deleted);
    log.info("Webhook deleted: polling getUpdates again, pending updates kept");
  }

  /** A step that may fail for a while (Telegram, the database): asked again with backoff. */
  private <T> T until(String what, Step<T> step) throws InterruptedException {
    int failures = 0;
    while (running) {
      try {
        return step.run();
      } catch (ApiFailure e) {
        if (!api.tokenWatch().rejected()) {
          log.warn("Could not {} ({}), trying again", what, e.reason());
        }
      } catch (RuntimeException e) {
        log.warn("Could not {} ({}), trying again", what, e.getClass().getSimpleName());
      }
      Thread.sleep(Math.min(60_000, 500L << Math.min(++failures, 7)));
    }
    throw new InterruptedException("stopped");
  }

  private void untilDone(String what, Runnable step) throws InterruptedException {
    until(
        what,
        () -> {
          step.run();
          return null;
        });
  }

  public void stop() {
    running = false;
    receiver.close();
  }

  @FunctionalInterface
  private interface Step<T> {
    T run() throws ApiFailure, InterruptedException;
  }
}
