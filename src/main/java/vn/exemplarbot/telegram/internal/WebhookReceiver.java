package vn.exemplarbot.telegram.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;

/**
 * An update Telegram pushes to the webhook: the secret header checked in constant time (wrong or
 * missing: 401, nothing read), the body read up to a bound and parsed (too large or not an update:
 * 400), then stored in the inbox, committed, before the 200 that tells Telegram it may forget it.
 * An update stored twice (Telegram retried, or polling had it first) is applied once: the inbox is
 * keyed by {@code update_id}. When the database cannot be written the answer is 500, so Telegram
 * sends it again; while the bot is not running, 503.
 */
public final class WebhookReceiver {

  private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

  /** Far above any update (a message is at most 4,096 characters plus its entities). */
  static final int MAX_BODY = 1 << 20;

  private static final long MINUTE = 60_000_000_000L;

  private final ObjectMapper mapper;
  private final Inbox inbox;
  private final UpdateProcessor processor;
  private final StorageWatch storage;
  private final AtomicInteger refused = new AtomicInteger();
  private volatile byte[] secret;
  private volatile long lastRefusalLog = System.nanoTime() - MINUTE;

  public WebhookReceiver(
      ObjectMapper mapper, Inbox inbox, UpdateProcessor processor, StorageWatch storage) {
    this.mapper = mapper;
    this.inbox = inbox;
    this.processor = processor;
    this.storage = storage;
  }

  /** Accepts updates that carry this secret. */
  public void open(String secret) {
    this.secret = secret.getBytes(StandardCharsets.US_ASCII);
  }

  /** Refuses every update with 503 (Telegram keeps them and tries again). */
  public void close() {
    this.secret = null;
  }

  /** The HTTP status to answer a push with. */
  public int receive(String secretHeader, InputStream body) {
    byte[] expected = secret;
    if (expected == null) {
      return 503;
    }
    if (secretHeader == null
        || !MessageDigest.isEqual(expected, secretHeader.getBytes(StandardCharsets.US_ASCII))) {
      refusedOne();
      return 401;
    }
    Update update = read(body);
    if (update == null) {
      return 400;
    }
    return store(update);
  }

  private Update read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        log.warn("A webhook request larger than {} bytes was refused (400)", MAX_BODY);
        return null;
      }
      Update update = mapper.readValue(bytes, Update.class);
      if (update == null || update.getUpdateId() == null) {
        log.warn("A webhook request without an update_id was refused (400)");
        return null;
      }
      return update;
    } catch (IOException | RuntimeException e) {
      log.warn("A webhook request that is not an update was refused (400): {}", simple(e));
      return null;
    }
  }

  private int store(Update update) {
    long arrived = System.nanoTime();
    try {
      String json = mapper.writeValueAsString(update);
      boolean fresh = inbox.store(List.of(new RawUpdate(update.getUpdateId(), json, 0))) > 0;
      storage.stored();
      if (fresh) {
        processor.arrived(List.of(update), arrived);
      }
    } catch (IOException e) {
      log.warn("Update {} could not be written as JSON (400)", update.getUpdateId());
      return 400;
    } catch (RuntimeException e) {
      if (Lease.fenced(e)) {
        // Another instance is active: Telegram pushes it again, there.
        return 503;
      }
      // Not stored: Telegram keeps it and pushes it again.
      storage.storeFailed(e, 1);
      return 500;
    }
    return 200;
  }

  /** Said at most once a minute, with how many: a proxy that drops the header refuses them all. */
  private void refusedOne() {
    int count = refused.incrementAndGet();
    long now = System.nanoTime();
    if (now - lastRefusalLog >= MINUTE) {
      lastRefusalLog = now;
      refused.addAndGet(-count);
      log.warn(
          "{} webhook request(s) refused with 401: X-Telegram-Bot-Api-Secret-Token missing or"
              + " wrong (a reverse proxy must pass this header on; anyone else is not Telegram)",
          count);
    }
  }

  private static String simple(Throwable e) {
    return e.getClass().getSimpleName();
  }
}
