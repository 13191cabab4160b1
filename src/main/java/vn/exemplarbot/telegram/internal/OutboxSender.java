package vn.exemplarbot.telegram.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import vn.exemplarbot.clock.SteadyClock;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.OutboxHead;
import vn.exemplarbot.messaging.OutboxItem;
import vn.exemplarbot.messaging.OutboxQueue;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.LocalCopies;

/**
 * Drains the outbox: a chat's messages in order, one call at a time per chat, within {@link
 * Pacing}; a few calls at once across chats, so one slow or blocked chat stalls nobody else. 429
 * waits for {@code retry_after}; 5xx and network errors back off; a refusal for good leaves a
 * text-free marker.
 */
public final class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  /**
   * Least time between two reads of the due rows. Every commit wakes this loop; without a gap it
   * re-read the outbox back to back, a query that grows with the pending rows and holds the one
   * SQLite connection the update path needs (in the update benchmark, updates applied per second
   * fell as pending replies piled up). Sends are paced at 30/s anyway; each read can start several.
   */
  private static final long SCAN_GAP_MS = 50;

  private static final long RECORD_AGAIN_NANOS = Duration.ofSeconds(2).toNanos();

  private final OutboxQueue queue;
  private final SteadyClock clock;
  private final BotApi api;
  private final LocalCopies files;
  private final Duration timeout;
  private final Pacing pacing;
  private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();

  /**
   * Rows a worker finished with since the dispatcher's last read of the due rows. That read may
   * have seen such a row still pending (its worker waited for the one connection and wrote it just
   * after); once the worker frees the chat, the row must not go out again from the stale list.
   */
  private final Set<Long> settledSinceRead = ConcurrentHashMap.newKeySet();

  /**
   * Delivered, but the delivery could not be written (the database full, read-only or locked):
   * never sent again by this process, written as sent once the database can be.
   */
  private final Map<Long, Unrecorded> unrecorded = new ConcurrentHashMap<>();

  private final Semaphore capacity;
  private final ExecutorService workers;
  private final Wakeup wakeup = new Wakeup();
  private volatile boolean running = true;
  private volatile StorageWatch storage = StorageWatch.NONE;
  private volatile Telemetry telemetry = Telemetry.NONE;

  public OutboxSender(
      OutboxQueue queue,
      BotApi api,
      LocalCopies files,
      Duration timeout,
      Pacing pacing,
      int workers,
      SteadyClock clock) {
    this.queue = queue;
    this.clock = clock;
    this.pacing = pacing;
    this.api = api;
    this.files = files;
    this.timeout = timeout;
    this.capacity = new Semaphore(workers);
    this.workers = Executors.newFixedThreadPool(workers, Threads.named("tg-send"));
  }

  /** Where a database that cannot be read or written is reported. */
  public void reportStorageTo(StorageWatch storage) {
    this.storage = storage;
  }

  /** Where each delivery is logged and counted. */
  public void reportTo(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  public void wake() {
    wakeup.signal();
  }

  /** The loop of the dispatching thread. */
  public void run() {
    while (running) {
      long wait = 250;
      try {
        if (api.active()) {
          wait = dispatchDue();
        }
      } catch (RuntimeException e) {
        if (Lease.fenced(e)) {
          log.debug("Outbox not read: another instance is active");
        } else if (StorageWatch.fault(e).isPresent()) {
          // Said once by the watch, and once a minute while it lasts; tried again in a second.
          storage.sendFailed(e);
          wait = 1000;
        } else {
          log.warn("Outbox read failed, trying again: {}", e.getClass().getSimpleName());
        }
      }
      pacing.forgetQuiet(monotonicMillis());
      if (!wakeup.pause(Math.min(wait, SCAN_GAP_MS)) || !wakeup.await(wait - SCAN_GAP_MS)) {
        return;
      }
    }
  }

  /**
   * One pass: the due heads read, those that may go now chosen, their messages read, their calls
   * started; the ms until the next pass. While Telegram's overall limit is reached (30 calls in the
   * last second, a burst's usual state) nothing is read: most passes of a burst found every head
   * waiting for the pace and read, mapped and parsed up to 200 rows for nothing. A command list
   * (not paced) waits for the pace then too, at most a second.
   */
  private long dispatchDue() {
    long full = pacing.full(monotonicMillis());
    if (full > 0) {
      return full;
    }
    long wait = 250;
    // Rows settled before this read are read as settled; those settled after stay in the set.
    settledSinceRead.clear();
    List<OutboxHead> due = queue.due(200);
    storage.sent();
    List<OutboxHead> chosen = new ArrayList<>();
    for (OutboxHead head : due) {
      if (!running
          || busyChats.contains(head.chatId())
          || settledSinceRead.contains(head.id())
          || notYet(head.id())) {
        continue;
      }
      if (!capacity.tryAcquire()) {
        wait = 20;
        break;
      }
      long delay = head.method().paced() ? pacing.reserve(head.chatId(), monotonicMillis()) : 0;
      if (delay > 0) {
        capacity.release();
        wait = Math.min(wait, delay);
        continue;
      }
      busyChats.add(head.chatId());
      chosen.add(head);
    }
    start(chosen);
    return wait;
  }

  /**
   * The chosen heads' calls started, each with its message read now; a head no longer pending (or
   * every head, if the read fails) gives its chat, worker and pace slot back.
   */
  private void start(List<OutboxHead> chosen) {
    if (chosen.isEmpty()) {
      return;
    }
    List<OutboxItem> items = List.of();
    try {
      items = queue.items(chosen);
    } finally {
      Set<Long> starting = new HashSet<>();
      items.forEach(item -> starting.add(item.id()));
      for (OutboxHead head : chosen) {
        if (!starting.contains(head.id())) {
          if (head.method().paced()) {
            pacing.cancel();
          }
          busyChats.remove(head.chatId());
          capacity.release();
        }
      }
    }
    for (OutboxItem item : items) {
      workers.execute(() -> deliver(item));
    }
  }

  private void deliver(OutboxItem item) {
    try {
      telemetry.delivered(item, sendAndRecord(item));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // Neither the delivery nor its failure could be written (the database out of reach): the
      // row stays due and goes again, as after a crash, instead of ending this thread in a trace.
      log.warn("Message {} could not be settled: {}", item.id(), e.getClass().getSimpleName());
    } finally {
      // Before the chat is free: a dispatcher that sees the chat free sees the row settled too.
      settledSinceRead.add(item.id());
      busyChats.remove(item.chatId());
      capacity.release();
      wakeup.signal();
    }
  }

  /** The call and its record; the outcome, as the delivery's log line says it. */
  private String sendAndRecord(OutboxItem item) throws InterruptedException {
    Unrecorded known = unrecorded.get(item.id());
    if (known != null) {
      return record(item, known.messageId()) ? "recorded" : "unrecorded";
    }
    Long messageId;
    api.tags().begin(item.chatId(), item.id());
    try {
      messageId = pacedCall(item);
    } catch (ApiFailure failure) {
      if (BotApi.NOT_ACTIVE.equals(failure.reason())) {
        // Not sent: the row stays due, untouched, for the active instance.
        return "not-active";
      }
      return settle(item, failure);
    } catch (RuntimeException e) {
      log.warn("Message {} failed, will retry: {}", item.id(), e.getClass().getSimpleName());
      queue.retryAt(item.id(), backoff(item.attempts()), e.getClass().getSimpleName());
      return "error";
    } finally {
      api.tags().end(item.chatId());
    }
    return record(item, messageId) ? "sent" : "unrecorded";
  }

  /**
   * Writes the delivery; if the database cannot take it, remembers it instead of resending (and
   * answers false).
   */
  private boolean record(OutboxItem item, Long messageId) {
    try {
      queue.sent(item, messageId);
      unrecorded.remove(item.id());
      return true;
    } catch (RuntimeException e) {
      Unrecorded again = new Unrecorded(messageId, System.nanoTime() + RECORD_AGAIN_NANOS);
      if (unrecorded.put(item.id(), again) == null) {
        log.warn(
            "Message {} was delivered but could not be recorded ({}): it is not sent again, and"
                + " is recorded once the database can be written",
            item.id(),
            e.getClass().getSimpleName());
      }
      return false;
    }
  }

  private boolean notYet(long id) {
    Unrecorded known = unrecorded.get(id);
    return known != null && System.nanoTime() - known.againAtNanos() < 0;
  }

  /** A delivery not yet written, and when to try writing it again (nanoTime). */
  private record Unrecorded(Long messageId, long againAtNanos) {}

  /**
   * The call, its slot given back to {@link Pacing} as soon as the answer is in, before the row is
   * written: Telegram counted the call when it received it, so the pace's second runs from the
   * answer, not from the commit after it, which waits for the one connection on a busy database.
   * The chat stays busy until the row is written, so a chat's messages still go one after the
   * other.
   */
  private Long pacedCall(OutboxItem item) throws ApiFailure, InterruptedException {
    try {
      return call(item);
    } finally {
      if (item.method().paced()) {
        pacing.done(item.chatId(), monotonicMillis());
      }
    }
  }

  /** Writes what the failure means for the row; the outcome's word. */
  private String settle(OutboxItem item, ApiFailure failure) {
    switch (failure.kind()) {
      case REFUSED -> {
        if (failure.tokenRejected()) {
          // The token, not this message, is refused: kept until Telegram accepts it again.
          queue.retryAt(item.id(), clock.instant().plusSeconds(60), failure.reason());
          return "held";
        } else if (failure.notModified()) {
          queue.sent(item, null);
          return "not-modified";
        }
        log.warn(
            "Message {} to chat {} refused for good: {}",
            item.id(),
            item.chatId(),
            failure.reason());
        queue.refused(item, failure.reason());
        return "refused";
      }
      case RATE_LIMITED -> {
        queue.retryAt(
            item.id(), clock.instant().plusSeconds(failure.retryAfterSeconds()), failure.reason());
        return "rate-limited";
      }
      case TRANSIENT -> {
        queue.retryAt(item.id(), backoff(item.attempts()), failure.reason());
        return "retry";
      }
      case UNKNOWN_FATE -> {
        queue.retryUnknownFate(item.id(), backoff(item.attempts()), failure.reason());
        return "unknown-fate";
      }
    }
    throw new IllegalStateException("unknown failure kind " + failure.kind());
  }

  private Instant backoff(int attempts) {
    long base = Math.min(60_000, 500L << Math.min(attempts, 10));
    return clock.instant().plusMillis(base + ThreadLocalRandom.current().nextLong(250));
  }

  /** Pacing counts on the monotonic clock: a step of the wall clock neither stalls nor hurries. */
  private static long monotonicMillis() {
    return System.nanoTime() / 1_000_000L;
  }

  private Long call(OutboxItem item) throws ApiFailure, InterruptedException {
    long chat = item.chatId();
    return switch (item.method()) {
      case SEND_MESSAGE ->
          delivered(api.call(Requests.send(chat, (Message.Text) item.message()), timeout));
      case EDIT_MESSAGE -> {
        if (item.messageId() == null) {
          // Its message went out without a readable id (or never): the new text as a new message.
          yield delivered(api.call(Requests.send(chat, (Message.Text) item.message()), timeout));
        }
        api.call(Requests.edit(chat, item.messageId(), (Message.Text) item.message()), timeout);
        yield item.messageId();
      }
      case DELETE_MESSAGE -> {
        if (item.messageId() == null) {
          yield null; // nothing known to delete
        }
        api.call(Requests.delete(chat, item.messageId()), timeout);
        yield item.messageId();
      }
      case SEND_DOCUMENT -> sendDocument(chat, (Message.Document) item.message());
      case SET_COMMANDS -> {
        api.call(Requests.commands(chat, (Message.Commands) item.message()), timeout);
        yield null;
      }
    };
  }

  /**
   * The id of a message Telegram says it delivered; null when its answer had none: it is still
   * recorded as sent, never sent again.
   */
  private static Long delivered(org.telegram.telegrambots.meta.api.objects.message.Message sent) {
    return sent == null || sent.getMessageId() == null ? null : sent.getMessageId().longValue();
  }

  private Long sendDocument(long chat, Message.Document document)
      throws ApiFailure, InterruptedException {
    if (document.fileId() != null) {
      try {
        return byFileId(chat, document);
      } catch (ApiFailure failure) {
        if (failure.kind() != ApiFailure.Kind.REFUSED) {
          throw failure;
        }
        // Telegram forgot the file (or refuses it as a photo): the copy in the data folder goes.
        log.info("File id refused for chat {}, sending the stored copy", chat);
      }
    }
    Path file = stored(document.path());
    SendDocument send =
        SendDocument.builder()
            .chatId(chat)
            .document(new InputFile(file.toFile(), document.fileName()))
            .caption(document.caption())
            .build();
    return delivered(api.send(send, timeout.multipliedBy(3)));
  }

  /**
   * The document's copy in the data folder, fetched from the database first on PostgreSQL (the
   * folder is a cache there); a path that leaves the folder, or a file kept nowhere, is refused for
   * good. A database that cannot answer now throws, and the row is tried again later.
   */
  private Path stored(String relative) throws ApiFailure {
    Path file;
    try {
      file = files.local(relative);
    } catch (IllegalArgumentException outside) {
      throw new ApiFailure(ApiFailure.Kind.REFUSED, 0, "document path outside the data folder", 0);
    }
    if (!Files.isRegularFile(file)) {
      throw new ApiFailure(ApiFailure.Kind.REFUSED, 0, "document file missing", 0);
    }
    return file;
  }

  private Long byFileId(long chat, Message.Document document)
      throws ApiFailure, InterruptedException {
    InputFile known = new InputFile(document.fileId());
    if (document.photo()) {
      SendPhoto photo =
          SendPhoto.builder().chatId(chat).photo(known).caption(document.caption()).build();
      return delivered(api.send(photo, timeout));
    }
    SendDocument send =
        SendDocument.builder().chatId(chat).document(known).caption(document.caption()).build();
    return delivered(api.send(send, timeout));
  }

  /** Stops taking rows; waits a little for calls under way, whose rows otherwise stay pending. */
  public void stop(Duration grace) throws InterruptedException {
    running = false;
    wakeup.close();
    workers.shutdown();
    if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      workers.shutdownNow();
    }
  }
}
