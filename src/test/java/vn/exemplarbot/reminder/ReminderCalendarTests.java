package vn.exemplarbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reminder date arithmetic: 15/12/2026 is a Tuesday, 12–13/12 a weekend, 01/01/2027 a Friday.
 */
class ReminderCalendarTests {

  static final LocalTime AT = LocalTime.of(8, 30);
  static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 15, 0, 0);
  final ReminderCalendar calendar = new ReminderCalendar(AT, List.of(LocalDate.of(2027, 1, 1)));

  @Test
  void wholeDayOffsetsGoOutAtTheTimeOfDayAndASaturdayMovesToFriday() {
    List<ReminderMoment> moments =
        calendar.moments(DUE, List.of(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1)));
    assertThat(moments)
        .extracting(ReminderMoment::at)
        .containsExactly(
            LocalDateTime.of(2026, 12, 8, 8, 30),
            LocalDateTime.of(2026, 12, 11, 8, 30),
            LocalDateTime.of(2026, 12, 14, 8, 30));
    assertThat(moments.get(1).offsetKeys()).containsExactly("P3D");
  }

  @Test
  void aHolidayMovesToTheWorkingDayBeforeItAcrossNothingElse() {
    LocalDateTime due = LocalDateTime.of(2027, 1, 2, 0, 0);
    assertThat(calendar.momentOf(due, Duration.ofDays(1)))
        .isEqualTo(LocalDateTime.of(2026, 12, 31, 8, 30));
    LocalDateTime monday = LocalDateTime.of(2027, 1, 4, 17, 0);
    assertThat(calendar.momentOf(monday, Duration.ofDays(1)))
        .as("Sunday, Saturday and the Friday holiday are all skipped")
        .isEqualTo(LocalDateTime.of(2026, 12, 31, 8, 30));
  }

  @Test
  void twoOffsetsLandingOnTheSameFridayGoAsOne() {
    List<ReminderMoment> moments =
        calendar.moments(DUE, List.of(Duration.ofDays(3), Duration.ofDays(2)));
    assertThat(moments).hasSize(1);
    assertThat(moments.get(0).at()).isEqualTo(LocalDateTime.of(2026, 12, 11, 8, 30));
    assertThat(moments.get(0).offsetKeys()).containsExactlyInAnyOrder("P3D", "P2D");
  }

  @Test
  void anOffsetShorterThanADayFiresWhenItFallsEvenOnASunday() {
    LocalDateTime sunday = LocalDateTime.of(2026, 12, 13, 10, 0);
    List<ReminderMoment> moments =
        calendar.moments(sunday, List.of(Duration.ofHours(2), Duration.ofMinutes(5)));
    assertThat(moments)
        .extracting(ReminderMoment::at)
        .containsExactly(
            LocalDateTime.of(2026, 12, 13, 8, 0), LocalDateTime.of(2026, 12, 13, 9, 55));
    assertThat(moments.get(0).offsetKeys()).containsExactly("PT2H");
  }

  @Test
  void noMomentFallsAtOrAfterTheDeadline() {
    LocalDateTime early = LocalDateTime.of(2026, 12, 15, 8, 0);
    assertThat(calendar.moments(early, List.of(Duration.ofDays(1), Duration.ofDays(0))))
        .extracting(ReminderMoment::at)
        .containsExactly(LocalDateTime.of(2026, 12, 14, 8, 30));
    LocalDateTime monday = LocalDateTime.of(2026, 12, 14, 8, 0);
    assertThat(calendar.moments(monday, List.of(Duration.ofDays(1))))
        .extracting(ReminderMoment::at)
        .containsExactly(LocalDateTime.of(2026, 12, 11, 8, 30));
  }

  @Test
  void theDailySummaryRunsOnTheWorkingDaysOfTheLastWeek() {
    assertThat(calendar.summaryMoments(DUE))
        .extracting(LocalDateTime::getDayOfMonth)
        .containsExactly(8, 9, 10, 11, 14);
    assertThat(calendar.summaryMoments(LocalDateTime.of(2026, 12, 15, 17, 0)))
        .extracting(LocalDateTime::getDayOfMonth)
        .containsExactly(9, 10, 11, 14, 15);
  }
}
