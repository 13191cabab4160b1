package vn.exemplarbot.telegram.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;

/**
 * Our own {@code getUpdates} loop: each batch is stored in the inbox (committed) before the next
 * call's offset confirms it to Telegram, so a crash loses nothing. Backs off on errors and never
 * spins when a server answers at once.
 */
public final class UpdatePoller {

  private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);

  private final BotApi api;
  private final Inbox inbox;
  private final UpdateProcessor processor;
  private final Duration pollTimeout;
  private final StorageWatch storage;
  private final PollConflict conflict = new PollConflict();
  private volatile boolean running = true;

  public UpdatePoller(
      BotApi api,
      Inbox inbox,
      UpdateProcessor processor,
      Duration pollTimeout,
      StorageWatch storage) {
    this.api = api;
    this.storage = storage;
    this.inbox = inbox;
    this.processor = processor;
    this.pollTimeout = pollTimeout;
  }

  /** Who the bot is (its username, for {@code /cmd@botname}); asks until the API answers. */
  public String identify() throws InterruptedException {
    int failures = 0;
    while (running) {
      try {
        User me = api.call(new GetMe(), Duration.ofSeconds(10));
        log.info("Connected to the Bot API as @{}", me.getUserName());
        return me.getUserName();
      } catch (ApiFailure e) {
        if (!api.tokenWatch().rejected()) {
          log.warn("getMe failed ({}), trying again", e.reason());
        }
        pause(++failures);
      }
    }
    throw new InterruptedException("stopped");
  }

  /** Polls while this instance is the active one (always, on SQLite), or until stopped. */
  public void run() {
    int offset = 0;
    int failures = 0;
    while (running && api.active()) {
      long started = System.nanoTime();
      int received = 0;
      try {
        List<Update> updates = api.call(request(offset), pollTimeout.plusSeconds(10));
        failures = 0;
        conflict.cleared();
        received = updates.size();
        if (!updates.isEmpty()) {
          offset = store(updates) + 1;
          storage.stored();
        } else if (System.nanoTime() - started < 100_000_000L) {
          Thread.sleep(200);
        }
      } catch (ApiFailure e) {
        if (!running || !api.active()) {
          return;
        }
        if (PollConflict.is(e)) {
          conflict.seen(e);
        } else if (!api.tokenWatch().rejected()) {
          log.warn("getUpdates failed ({}), backing off", e.reason());
        }
        failures++;
        sleepQuietly(
            e.kind() == ApiFailure.Kind.RATE_LIMITED
                ? e.retryAfterSeconds() * 1000L
                : backoff(failures));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (Lease.fenced(e)) {
          return;
        }
        // Not stored, so not confirmed: the same updates come again with the same offset.
        storage.storeFailed(e, received);
        sleepQuietly(backoff(++failures));
      }
    }
  }

  private GetUpdates request(int offset) {
    return GetUpdates.builder()
        .offset(offset)
        .limit(100)
        .timeout((int) pollTimeout.toSeconds())
        .build();
  }

  private int store(List<Update> updates) {
    long arrived = System.nanoTime();
    List<RawUpdate> raw = new ArrayList<>(updates.size());
    int last = 0;
    for (Update update : updates) {
      raw.add(new RawUpdate(update.getUpdateId(), json(update), 0));
      last = Math.max(last, update.getUpdateId());
    }
    inbox.store(raw);
    processor.arrived(updates, arrived);
    return last;
  }

  private String json(Update update) {
    try {
      return api.mapper().writeValueAsString(update);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an update could not be written as JSON", e);
    }
  }

  private static long backoff(int failures) {
    return Math.min(30_000, 500L << Math.min(failures, 6));
  }

  private void pause(int failures) throws InterruptedException {
    Thread.sleep(backoff(failures));
  }

  private void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      running = false;
      Thread.currentThread().interrupt();
    }
  }

  public PollConflict conflict() {
    return conflict;
  }

  public void stop() {
    running = false;
  }
}
