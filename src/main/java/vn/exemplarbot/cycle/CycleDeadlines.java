package vn.exemplarbot.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Cycle;
import vn.exemplarbot.roster.Directory;

/**
 * The current cycle's three deadlines from the settings, each with the days left by the clock or
 * said to have passed. A past cycle's deadlines are not in the settings any more, so none are shown
 * for it.
 */
@Component
class CycleDeadlines {

  private final Directory directory;
  private final Clock clock;

  CycleDeadlines(Directory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  List<String> lines(Turn turn) {
    Cycle cycle = directory.settings().cycle();
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Zones.LOCAL);
    List<String> lines = new ArrayList<>();
    add(lines, turn, "cycle.deadline.plans", cycle.divisionPlansDue(), now);
    add(lines, turn, "cycle.deadline.nominations", nominationsDue(cycle), now);
    add(lines, turn, "cycle.deadline.recognition", cycle.recognitionDue(), now);
    return lines;
  }

  private static LocalDateTime nominationsDue(Cycle cycle) {
    if (cycle.nominationsDue() != null || cycle.recognitionDue() == null) {
      return cycle.nominationsDue();
    }
    return Cycle.defaultNominationsDue(cycle.recognitionDue());
  }

  private static void add(
      List<String> lines, Turn turn, String key, LocalDateTime due, LocalDateTime now) {
    if (due != null) {
      lines.add(line(turn, key, due, now));
    }
  }

  private static String line(Turn turn, String nameKey, LocalDateTime due, LocalDateTime now) {
    String name = turn.text(nameKey);
    String when = CycleDates.deadline(due);
    if (!now.isBefore(due)) {
      return turn.text("cycle.deadline.passed", name, when);
    }
    long days = ChronoUnit.DAYS.between(now.toLocalDate(), due.toLocalDate());
    boolean today = due.toLocalDate().equals(LocalDate.from(now));
    return today
        ? turn.text("cycle.deadline.today", name, when)
        : turn.text("cycle.deadline.ahead", name, when, days);
  }
}
