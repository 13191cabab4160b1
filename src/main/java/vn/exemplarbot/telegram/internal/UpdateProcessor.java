package vn.exemplarbot.telegram.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.exemplarbot.conversation.Answer;
import vn.exemplarbot.conversation.Dispatcher;
import vn.exemplarbot.conversation.Incoming;
import vn.exemplarbot.storage.Contention;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;

/**
 * Applies stored updates in order, each once: marking it handled (and dropping its payload) in the
 * same transaction as everything it causes. A press is answered right after the commit, off this
 * thread. An update that fails is marked failed and its sender told, so one bad update never blocks
 * the rest.
 */
public final class UpdateProcessor {

  private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

  private static final int BATCH = 100;
  private static final int GROUP = 25;

  private final Inbox inbox;
  private final UpdateApplier applier;
  private final ObjectMapper mapper;
  private final BotApi api;
  private final UpdateTimings timings;
  private final StorageWatch storage;
  private final Map<Long, Arrival> arrivals = new ConcurrentHashMap<>();
  private final Wakeup wakeup = new Wakeup();
  private volatile UpdateTranslator translator;
  private volatile boolean stopped;
  private Runnable afterCommit = () -> {};
  private volatile Telemetry telemetry = Telemetry.NONE;

  public UpdateProcessor(
      Inbox inbox,
      Dispatcher dispatcher,
      TransactionTemplate transactions,
      BotApi api,
      FailureReplies failures,
      UpdateTimings timings,
      StorageWatch storage) {
    this.inbox = inbox;
    this.storage = storage;
    this.applier = new UpdateApplier(inbox, dispatcher, transactions, failures);
    this.mapper = api.mapper();
    this.api = api;
    this.timings = timings;
  }

  /** Where each applied update is logged and counted. */
  public void reportTo(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  public void ready(UpdateTranslator translator, Runnable afterCommit) {
    this.translator = translator;
    this.afterCommit = afterCommit;
    wakeup.signal();
  }

  /** Updates just stored: kept in memory until applied, so they need not be read back from JSON. */
  public void arrived(List<Update> updates, long nanos) {
    updates.forEach(u -> arrivals.put(u.getUpdateId().longValue(), new Arrival(u, nanos)));
    wakeup.signal();
  }

  public void run() {
    while (!stopped) {
      if (!drainOrRetry() && !wakeup.await(500)) {
        return;
      }
    }
  }

  /**
   * One batch; true when there may be more. The database may be out of reach for a while (another
   * long transaction holding the one connection past the pool's timeout, as a 5,000-person reminder
   * did on a loaded machine): the loop then tries again instead of ending, which left every later
   * update unapplied until a restart.
   */
  private boolean drainOrRetry() {
    try {
      return translator != null && api.active() && drainOnce();
    } catch (RuntimeException e) {
      if (Lease.fenced(e)) {
        // Another instance took the lease: it applies what is left.
        log.info("Updates not applied: another instance is active");
        return false;
      }
      if (Contention.is(e)) {
        // Met other transactions more times than a group is run again: tried again shortly.
        log.warn("Updates met other transactions; applying them again");
        return false;
      }
      storage.applyFailed(e);
      return false;
    }
  }

  /** Applies one batch, in groups; true when there may be more waiting. */
  private boolean drainOnce() {
    List<RawUpdate> batch = inbox.unhandled(BATCH);
    for (int from = 0; from < batch.size() && !stopped && api.active(); from += GROUP) {
      List<RawUpdate> group = batch.subList(from, Math.min(batch.size(), from + GROUP));
      for (UpdateApplier.Applied applied : applier.applyGroup(group, this::incoming)) {
        Arrival arrived = arrivals.remove(applied.raw().updateId());
        Long arrival = arrived == null ? null : arrived.nanos();
        timings.committed(arrival);
        applied.answer().ifPresent(a -> answer(a, arrival));
        telemetry.applied(applied);
      }
      if (!group.isEmpty()) {
        storage.applied();
      }
      afterCommit.run();
    }
    return batch.size() == BATCH;
  }

  private Optional<Incoming> incoming(RawUpdate raw) {
    try {
      Arrival arrived = arrivals.get(raw.updateId());
      Update update =
          arrived != null ? arrived.update() : mapper.readValue(raw.json(), Update.class);
      return translator.translate(update);
    } catch (Exception e) {
      log.warn("Update {} could not be read: {}", raw.updateId(), e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * Sends the answer without waiting for it: with a pool of threads each blocked for a round trip,
   * answers queued behind each other (2 threads answered about 50 presses/s at 40 ms a call).
   */
  private void answer(Answer answer, Long arrival) {
    api.callAsync(
            AnswerCallbackQuery.builder()
                .callbackQueryId(answer.callbackQueryId())
                .text(answer.text())
                .showAlert(answer.alert() ? Boolean.TRUE : null)
                .build(),
            Duration.ofSeconds(5))
        .whenComplete(
            (ok, error) -> {
              if (error == null) {
                timings.answered(arrival);
              } else {
                log.info(
                    "A press could not be answered: {}",
                    error instanceof ApiFailure f ? f.reason() : error.getClass().getSimpleName());
              }
            });
  }

  /** An update as it came from {@code getUpdates}, and when (nanoTime). */
  private record Arrival(Update update, long nanos) {}

  public void stop() {
    stopped = true;
    wakeup.close();
  }
}
