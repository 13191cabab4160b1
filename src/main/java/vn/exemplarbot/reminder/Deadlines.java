package vn.exemplarbot.reminder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Roster;
import vn.exemplarbot.roster.Settings;

/**
 * The deadlines modules offer, read against the settings in force. Several modules may own work for
 * one deadline ({@code recognition-due}: the ballot and the decision); they are asked as one.
 */
@Component
class Deadlines {

  private final List<DeadlineWork> works;
  private final Directory directory;

  Deadlines(List<DeadlineWork> works, Directory directory) {
    this.works = SharedDeadline.byName(works);
    this.directory = directory;
  }

  List<DeadlineWork> all() {
    return works;
  }

  Optional<DeadlineWork> named(String name) {
    return works.stream().filter(w -> w.deadline().equals(name)).findFirst();
  }

  Settings settings() {
    return directory.settings();
  }

  Roster roster() {
    return directory.roster();
  }

  /** A deadline's identity in the sent-reminder records: its name and the cycle's year. */
  String id(DeadlineWork work) {
    return work.deadline() + ":" + settings().cycle().year();
  }

  /** When the deadline falls, if it applies and has not passed at {@code now}. */
  Optional<LocalDateTime> ahead(DeadlineWork work, Instant now) {
    return work.due(settings()).filter(due -> now.isBefore(instant(due)));
  }

  ReminderCalendar calendar() {
    Settings s = settings();
    return new ReminderCalendar(s.reminders().timeOfDay(), s.holidays());
  }

  List<ReminderMoment> moments(LocalDateTime due) {
    return calendar().moments(due, settings().reminders().offsets());
  }

  static Instant instant(LocalDateTime local) {
    return local.atZone(Zones.LOCAL).toInstant();
  }

  static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, Zones.LOCAL);
  }
}
