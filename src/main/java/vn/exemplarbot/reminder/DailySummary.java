package vn.exemplarbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.reminder.DeadlineWork.Owed;
import vn.exemplarbot.reminder.internal.SentReminderRows;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * The council secretary's daily summary on the working days of the last week before a deadline:
 * what is still missing, by item and by person; nothing when nothing is. A day's summary found late
 * after an outage is dropped once that day is over: tomorrow's says it better.
 */
@Component
class DailySummary implements TimedActionHandler {

  static final String KIND = "deadline-summary";

  private final Deadlines deadlines;
  private final SentReminderRows sent;
  private final DeadlineLetters letters;
  private final AuditLog audit;

  DailySummary(
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
    String[] parts = action.payload().split("\\|");
    Optional<DeadlineWork> work = deadlines.named(parts[0]);
    Optional<LocalDateTime> due = work.flatMap(w -> deadlines.ahead(w, now));
    if (due.isEmpty() || !Deadlines.local(now).toLocalDate().equals(LocalDate.parse(parts[1]))) {
      return;
    }
    List<Owed> owed = work.get().owed(now);
    if (owed.isEmpty()) {
      return;
    }
    String id = deadlines.id(work.get());
    int count = 0;
    for (Person secretary : deadlines.roster().withRole(Role.COUNCIL_SECRETARY)) {
      if (sent.record(id, "summary:" + parts[1], secretary.id(), now)) {
        letters.summary(secretary.id(), work.get(), due.get(), owed, now);
        count++;
      }
    }
    audit.record(AuditLog.SYSTEM, "deadline-summary", id, parts[1] + ": " + count);
  }
}
