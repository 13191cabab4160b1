package vn.exemplarbot.nomination;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as the department writes them: {@code 31/12/2026 00:00}. */
final class Dates {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Dates() {}

  static String format(LocalDateTime at) {
    return SHOWN.format(at);
  }
}
