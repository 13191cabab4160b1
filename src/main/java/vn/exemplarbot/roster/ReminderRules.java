package vn.exemplarbot.roster;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * When deadlines are recalled.
 *
 * @param offsets before each deadline
 * @param timeOfDay for whole-day offsets and the daily summary
 */
public record ReminderRules(List<Duration> offsets, LocalTime timeOfDay) {

  public ReminderRules {
    offsets = List.copyOf(offsets);
  }

  public static ReminderRules defaults() {
    return new ReminderRules(
        List.of(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1)), LocalTime.of(8, 30));
  }
}
