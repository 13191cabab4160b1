package vn.exemplarbot.reminder;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * When a reminder goes out, and the offsets it stands for: two whole-day offsets moved onto the
 * same working day go as one moment.
 */
record ReminderMoment(LocalDateTime at, List<Duration> offsets) {

  ReminderMoment {
    offsets = List.copyOf(offsets);
  }

  List<String> offsetKeys() {
    return offsets.stream().map(ReminderMoment::key).toList();
  }

  /** {@code P7D} for whole days (Duration alone would say PT168H), ISO-8601 otherwise. */
  static String key(Duration offset) {
    return ReminderCalendar.wholeDays(offset) ? "P" + offset.toDays() + "D" : offset.toString();
  }
}
