package vn.exemplarbot.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.ConfigReloaded;

/**
 * Turns each deadline's reminder moments and summary days into timed actions, at start and after
 * every reload. Moments still ahead are replaced by the new ones; those already due stay and run
 * (after an outage), and what was sent is never sent again, whatever the new settings say.
 */
@Component
class DeadlineSchedule {

  private final Deadlines deadlines;
  private final TimedActions actions;
  private final Clock clock;

  DeadlineSchedule(Deadlines deadlines, TimedActions actions, Clock clock) {
    this.deadlines = deadlines;
    this.actions = actions;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    scheduleAll();
  }

  @EventListener(ConfigReloaded.class)
  void afterReload(ConfigReloaded event) {
    scheduleAll();
  }

  void scheduleAll() {
    for (DeadlineWork work : deadlines.all()) {
      schedule(work);
    }
  }

  private void schedule(DeadlineWork work) {
    String name = work.deadline();
    actions.cancelFuture(DeadlineReminder.KIND + ":" + name + ":");
    actions.cancelFuture(DailySummary.KIND + ":" + name + ":");
    LocalDateTime now = Deadlines.local(clock.instant());
    deadlines
        .ahead(work, clock.instant())
        .ifPresent(
            due -> {
              for (ReminderMoment m : deadlines.moments(due)) {
                if (m.at().isAfter(now)) {
                  at(DeadlineReminder.KIND, deadlines.id(work) + ":" + m.at(), m.at(), name);
                }
              }
              for (LocalDateTime day : deadlines.calendar().summaryMoments(due)) {
                if (day.isAfter(now)) {
                  String date = day.toLocalDate().toString();
                  at(DailySummary.KIND, deadlines.id(work) + ":" + date, day, name + "|" + date);
                }
              }
            });
  }

  private void at(String kind, String key, LocalDateTime when, String payload) {
    actions.schedule(kind + ":" + key, kind, Deadlines.instant(when), payload);
  }
}
