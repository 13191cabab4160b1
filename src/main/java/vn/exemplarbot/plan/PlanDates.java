package vn.exemplarbot.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import vn.exemplarbot.clock.Zones;

/** Dates as the department writes them: 15/12/2026, and 15/12/2026 09:30 for a moment. */
final class PlanDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private PlanDates() {}

  static String moment(Instant at) {
    return MOMENT.format(LocalDateTime.ofInstant(at, Zones.LOCAL));
  }

  /** The deadline's day, and its time unless midnight: the two halves of "trước … ngày …". */
  static String day(LocalDateTime due) {
    return DAY.format(due);
  }

  static boolean midnight(LocalDateTime due) {
    return due.toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  static String time(LocalDateTime due) {
    return TIME.format(due);
  }

  static boolean late(Instant at, LocalDateTime due) {
    return !at.isBefore(due.atZone(Zones.LOCAL).toInstant());
  }
}
