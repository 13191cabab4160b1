package vn.exemplarbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.reminder.internal.DueActionRows;
import vn.exemplarbot.storage.Lease;

/** Schedules timed actions and runs those that are due, each once, with its effect. */
@Service
public class TimedActions {

  private static final Logger log = LoggerFactory.getLogger(TimedActions.class);

  private final DueActionRows rows;
  private final ObjectProvider<TimedActionHandler> handlerBeans;
  private volatile Map<String, TimedActionHandler> handlers;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Lease lease;

  TimedActions(
      DueActionRows rows,
      ObjectProvider<TimedActionHandler> handlers,
      TransactionTemplate transactions,
      Clock clock,
      Lease lease) {
    this.rows = rows;
    this.lease = lease;
    // Lazily: a handler may itself schedule its next run.
    this.handlerBeans = handlers;
    this.transactions = transactions;
    this.clock = clock;
  }

  private Map<String, TimedActionHandler> handlers() {
    if (handlers == null) {
      handlers =
          handlerBeans
              .orderedStream()
              .collect(Collectors.toMap(TimedActionHandler::kind, Function.identity()));
    }
    return handlers;
  }

  /** Schedules, or moves, the action with this key; one that already fired stays fired. */
  @Transactional
  public void schedule(String key, String kind, Instant dueAt, String payload) {
    if (!handlers().containsKey(kind)) {
      throw new IllegalArgumentException("no handler for timed action kind " + kind);
    }
    rows.upsert(key, kind, dueAt, payload);
  }

  /**
   * Schedules the action of this kind for the next local time {@code at} after {@code now}, keyed
   * by kind and day ({@code kind:2026-12-04}), so a day's run is scheduled once however often
   * asked.
   */
  @Transactional
  public void scheduleDaily(String kind, LocalTime at, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, Zones.LOCAL);
    Instant next = day.atTime(at).atZone(Zones.LOCAL).toInstant();
    if (!next.isAfter(now)) {
      day = day.plusDays(1);
      next = day.atTime(at).atZone(Zones.LOCAL).toInstant();
    }
    schedule(kind + ":" + day, kind, next, null);
  }

  @Transactional
  public boolean cancel(String key) {
    return rows.deleteUnfired(key) == 1;
  }

  /**
   * Forgets the actions of a key prefix not yet due, before scheduling them anew; those already due
   * (found late after an outage) stay and run.
   */
  @Transactional
  public int cancelFuture(String keyPrefix) {
    return rows.deleteUnfiredAfter(keyPrefix, clock.instant());
  }

  @Transactional(readOnly = true)
  public Optional<Instant> firedAt(String key) {
    return rows.firedAt(key);
  }

  /** When the next action not yet run is due (the sandbox moves its clock there). */
  @Transactional(readOnly = true)
  public Optional<Instant> nextDue() {
    return rows.nextUnfired();
  }

  /**
   * Runs every action due by the clock; returns how many ran. Serialized: one runner at a time, and
   * only on the active instance.
   */
  public synchronized int runDue() {
    if (!lease.active()) {
      return 0;
    }
    Instant now = clock.instant();
    int ran = 0;
    List<TimedAction> due;
    int ranInBatch;
    do {
      due = transactions.execute(tx -> rows.due(now, 100));
      ranInBatch = 0;
      for (TimedAction action : due) {
        if (runOne(action, now)) {
          ranInBatch++;
        }
      }
      ran += ranInBatch;
      // A full batch of which none ran (each failing, or claimed by another runner) is read again
      // at
      // the next tick, not at once: the same hundred would come back and the loop would spin.
    } while (due.size() == 100 && ranInBatch > 0 && lease.active());
    return ran;
  }

  private boolean runOne(TimedAction action, Instant now) {
    TimedActionHandler handler = handlers().get(action.kind());
    if (handler == null) {
      log.warn(
          "Timed action {} has unknown kind {}; left for a later version",
          action.key(),
          action.kind());
      return false;
    }
    try {
      return Boolean.TRUE.equals(
          transactions.execute(
              tx -> {
                if (!rows.claim(action.id(), now, "done")) {
                  return false;
                }
                handler.run(action, now);
                return true;
              }));
    } catch (RuntimeException e) {
      if (Lease.fenced(e)) {
        // Another instance took the lease: the row stays due, for it.
        return false;
      }
      // Nothing of it committed: the row stays due and is tried again at the next tick.
      log.warn(
          "Timed action {} failed, will retry: {}", action.key(), e.getClass().getSimpleName());
      return false;
    }
  }
}
