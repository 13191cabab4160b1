package vn.exemplarbot.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The date arithmetic of reminders, without a clock. A whole-day offset is sent at the time of day
 * on the day it lands on, moved back to the working day before when that is a weekend or a holiday;
 * two landing on the same moment go as one. A shorter (or mixed) offset fires when it falls.
 */
final class ReminderCalendar {

  /** How many days before a deadline the secretary's daily summary starts. */
  static final int SUMMARY_DAYS = 7;

  private final LocalTime timeOfDay;
  private final Set<LocalDate> holidays;

  ReminderCalendar(LocalTime timeOfDay, Collection<LocalDate> holidays) {
    this.timeOfDay = timeOfDay;
    this.holidays = Set.copyOf(holidays);
  }

  /** The moments before the deadline, earliest first; none falls at or after it. */
  List<ReminderMoment> moments(LocalDateTime deadline, List<Duration> offsets) {
    Map<LocalDateTime, List<Duration>> byMoment = new TreeMap<>();
    for (Duration offset : offsets) {
      LocalDateTime at = momentOf(deadline, offset);
      if (at.isBefore(deadline)) {
        byMoment.computeIfAbsent(at, k -> new ArrayList<>()).add(offset);
      }
    }
    return byMoment.entrySet().stream()
        .map(e -> new ReminderMoment(e.getKey(), e.getValue()))
        .toList();
  }

  /** The working days of the last week before the deadline, at the time of day. */
  List<LocalDateTime> summaryMoments(LocalDateTime deadline) {
    List<LocalDateTime> moments = new ArrayList<>();
    LocalDateTime from = deadline.minusDays(SUMMARY_DAYS);
    for (LocalDate day = from.toLocalDate();
        day.isBefore(deadline.toLocalDate().plusDays(1));
        day = day.plusDays(1)) {
      LocalDateTime at = day.atTime(timeOfDay);
      if (working(day) && at.isAfter(from) && at.isBefore(deadline)) {
        moments.add(at);
      }
    }
    return moments;
  }

  LocalDateTime momentOf(LocalDateTime deadline, Duration offset) {
    if (!wholeDays(offset)) {
      return deadline.minus(offset);
    }
    LocalDate day = deadline.toLocalDate().minusDays(offset.toDays());
    return workingDayOnOrBefore(day).atTime(timeOfDay);
  }

  LocalDate workingDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!working(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  boolean working(LocalDate day) {
    DayOfWeek w = day.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  static boolean wholeDays(Duration offset) {
    return !offset.isZero() && offset.toSeconds() % Duration.ofDays(1).toSeconds() == 0;
  }
}
