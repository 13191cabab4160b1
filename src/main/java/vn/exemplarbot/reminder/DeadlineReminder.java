package vn.exemplarbot.reminder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.reminder.DeadlineWork.Owed;
import vn.exemplarbot.reminder.internal.SentReminderRows;

/**
 * A reminder moment has come: whoever still has work gets one message for the latest moment due,
 * unless they had it. Whatever row fires (on time, late after an outage, or an earlier one found
 * late beside it), only the latest moment is sent, so an outage never sends a backlog.
 */
@Component
class DeadlineReminder implements TimedActionHandler {

  static final String KIND = "deadline-remind";

  private final Deadlines deadlines;
  private final SentReminderRows sent;
  private final DeadlineLetters letters;
  private final AuditLog audit;

  DeadlineReminder(
      Deadlines deadlines, SentReminderRows sent, DeadlineLetters letters, AuditLog audit) {
    this.deadlines = deadlines;
    this.sent = sent;
    this.letters = letters;
    this.audit = audit;
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
    if (latest.isPresent()) {
      remind(work.get(), due.get(), latest.get(), now);
    }
  }

  private void remind(DeadlineWork work, LocalDateTime due, ReminderMoment moment, Instant now) {
    String id = deadlines.id(work);
    int count = 0;
    for (Map.Entry<String, List<Owed>> e : byPerson(work.owed(now)).entrySet()) {
      Set<String> had = sent.sent(id, e.getKey());
      List<String> fresh = new ArrayList<>(moment.offsetKeys());
      fresh.removeAll(had);
      if (fresh.isEmpty()) {
        continue;
      }
      fresh.forEach(offset -> sent.record(id, offset, e.getKey(), now));
      letters.remind(e.getKey(), work, due, e.getValue());
      count++;
    }
    audit.record(AuditLog.SYSTEM, "deadline-reminded", id, moment.offsetKeys() + ": " + count);
  }

  static Map<String, List<Owed>> byPerson(List<Owed> owed) {
    Map<String, List<Owed>> map = new LinkedHashMap<>();
    for (Owed o : owed) {
      map.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
    }
    return map;
  }
}
