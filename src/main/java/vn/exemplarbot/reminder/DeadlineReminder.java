package vn.exemplarbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.reminder.DeadlineWork.Owed;
import vn.exemplarbot.reminder.internal.SentReminderRows;

/**
 * A reminder moment has come: whoever still has work gets one message for the latest moment due,
 * unless they had it. Whatever row fires (on time, late after an outage, or an earlier one found
 * late beside it), only the latest moment is sent, so an outage never sends a backlog.
 *
 * <p>At most {@code exemplar.reminders.per-transaction} people are reminded in one transaction;
 * when more still wait, a continuation of the same moment is scheduled due at once and the next
 * tick goes on. SQLite has one writer: a reminder to 5,000 people in one transaction held it for
 * seconds (half a minute on a busy machine), during which no update was applied. Who already had
 * the moment is in {@code reminder_sent}, so a continuation never reminds anyone twice.
 */
@Component
class DeadlineReminder implements TimedActionHandler {

  static final String KIND = "deadline-remind";

  /** Who "had" a missed moment in {@code reminder_sent}: the secretaries were told of it. */
  static final String MISSED = "#missed";

  private static final Logger log = LoggerFactory.getLogger(DeadlineReminder.class);

  private final Deadlines deadlines;
  private final SentReminderRows sent;
  private final DeadlineLetters letters;
  private final AuditLog audit;
  private final TimedActions actions;
  private final int perTransaction;
  private final Duration grace;

  DeadlineReminder(
      Deadlines deadlines,
      SentReminderRows sent,
      DeadlineLetters letters,
      AuditLog audit,
      TimedActions actions,
      @Value("${exemplar.reminders.per-transaction:250}") int perTransaction,
      @Value("${exemplar.reminders.grace:PT6H}") Duration grace) {
    this.deadlines = deadlines;
    this.sent = sent;
    this.letters = letters;
    this.audit = audit;
    this.actions = actions;
    this.perTransaction = Math.max(1, perTransaction);
    if (grace.isNegative() || grace.isZero()) {
      throw new IllegalArgumentException("exemplar.reminders.grace must be positive: " + grace);
    }
    this.grace = grace;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(TimedAction action, Instant now) {
    Optional<DeadlineWork> work = deadlines.named(action.payload());
    Optional<LocalDateTime> due = work.flatMap(w -> deadlines.ahead(w, now));
    if (due.isEmpty()) {
      return;
    }
    LocalDateTime local = Deadlines.local(now);
    Optional<ReminderMoment> latest =
        deadlines.moments(due.get()).stream()
            .filter(m -> !m.at().isAfter(local))
            .reduce((a, b) -> b);
    if (latest.isEmpty()) {
      return;
    }
    if (latest.get().at().plus(grace).isBefore(local)) {
      reportMissed(work.get(), due.get(), latest.get(), now);
    } else if (!remind(work.get(), due.get(), latest.get(), now)) {
      actions.schedule(continuation(action.key()), KIND, now, action.payload());
    }
  }

  /**
   * A moment missed by more than {@code exemplar.reminders.grace} (the bot was down, or the clock
   * was stepped): a reminder that late would mislead, so none is sent; the council secretaries are
   * told once, with how many people still have work, and the moment is noted as reported.
   */
  private void reportMissed(
      DeadlineWork work, LocalDateTime due, ReminderMoment moment, Instant now) {
    String id = deadlines.id(work);
    List<String> fresh = new ArrayList<>(moment.offsetKeys());
    fresh.removeAll(sent.sent(id).getOrDefault(MISSED, Set.of()));
    if (fresh.isEmpty()) {
      return;
    }
    fresh.forEach(offset -> sent.record(id, offset, MISSED, now));
    int people = byPerson(work.owed(now)).size();
    long hoursLate = Duration.between(moment.at(), Deadlines.local(now)).toHours();
    letters.missed(work, due, moment.at(), people, hoursLate);
    audit.record(
        AuditLog.SYSTEM, "deadline-reminder-missed", id, moment.offsetKeys() + ": " + people);
    log.warn(
        "The reminder of {} at {} was missed by {} h (more than the grace of {}): not sent late,"
            + " the council secretaries are told",
        id,
        moment.at(),
        hoursLate,
        grace);
  }

  /** Reminds up to {@code perTransaction} people; false when more still wait. */
  private boolean remind(DeadlineWork work, LocalDateTime due, ReminderMoment moment, Instant now) {
    String id = deadlines.id(work);
    int count = 0;
    Map<String, Set<String>> had = sent.sent(id);
    for (Map.Entry<String, List<Owed>> e : byPerson(work.owed(now)).entrySet()) {
      List<String> fresh = new ArrayList<>(moment.offsetKeys());
      fresh.removeAll(had.getOrDefault(e.getKey(), Set.of()));
      if (fresh.isEmpty()) {
        continue;
      }
      if (count == perTransaction) {
        audit.record(AuditLog.SYSTEM, "deadline-reminded", id, moment.offsetKeys() + ": " + count);
        return false;
      }
      fresh.forEach(offset -> sent.record(id, offset, e.getKey(), now));
      letters.remind(e.getKey(), work, due, e.getValue());
      count++;
    }
    audit.record(AuditLog.SYSTEM, "deadline-reminded", id, moment.offsetKeys() + ": " + count);
    return true;
  }

  /** {@code <key>#2} for the first continuation of a moment, then {@code #3}, … */
  static String continuation(String key) {
    int hash = key.lastIndexOf('#');
    if (hash < 0) {
      return key + "#2";
    }
    return key.substring(0, hash + 1) + (Integer.parseInt(key.substring(hash + 1)) + 1);
  }

  static Map<String, List<Owed>> byPerson(List<Owed> owed) {
    Map<String, List<Owed>> map = new LinkedHashMap<>();
    for (Owed o : owed) {
      map.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
    }
    return map;
  }
}
