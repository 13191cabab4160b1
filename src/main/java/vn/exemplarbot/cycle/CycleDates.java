package vn.exemplarbot.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.exemplarbot.clock.Zones;

/** Dates as the department writes them: 15/12/2026, and 15/12/2026 09:30 for a moment. */
final class CycleDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private CycleDates() {}

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String day(Instant at) {
    return at == null ? "" : DAY.format(LocalDateTime.ofInstant(at, Zones.LOCAL));
  }

  static String moment(Instant at) {
    return at == null ? "" : MOMENT.format(LocalDateTime.ofInstant(at, Zones.LOCAL));
  }

  /** A deadline: its day, and its time unless midnight. */
  static String deadline(LocalDateTime due) {
    return due.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        ? DAY.format(due)
        : MOMENT.format(due);
  }
}
