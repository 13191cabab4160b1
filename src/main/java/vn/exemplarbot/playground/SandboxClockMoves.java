package vn.exemplarbot.playground;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.reminder.TimedActions;
import vn.exemplarbot.roster.Cycle;
import vn.exemplarbot.roster.Directory;

/**
 * Moves the sandbox's clock forward (an hour, a day, to the next timed action, to a deadline of the
 * cycle) and runs at once what became due, so the visitor watches reminders arrive and a ballot
 * close at its deadline without waiting for the next tick.
 */
@Component
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SandboxClockMoves {

  /** A deadline of the cycle the clock can jump to. */
  record Deadline(String key, String label, String at) {}

  /** What a move did: the new time, and how many timed actions then ran. */
  record Moved(String now, int ran) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final SandboxHost host;
  private final TimedActions actions;
  private final Directory directory;
  private final Texts texts;

  SandboxClockMoves(SandboxHost host, TimedActions actions, Directory directory, Texts texts) {
    this.host = host;
    this.actions = actions;
    this.directory = directory;
    this.texts = texts;
  }

  Optional<Instant> nextDue() {
    return actions.nextDue();
  }

  List<Deadline> deadlines() {
    Cycle cycle = directory.settings().cycle();
    List<Deadline> list = new ArrayList<>();
    list.add(deadline("division-plans-due", cycle.divisionPlansDue()));
    if (cycle.nominationsDue() != null) {
      list.add(deadline("nominations-due", cycle.nominationsDue()));
    }
    list.add(deadline("recognition-due", cycle.recognitionDue()));
    return list;
  }

  /** Moves as asked ("hour", "day", "next", "deadline:<key>"); empty when the move is unknown. */
  Optional<Moved> move(String how) {
    Optional<Instant> target = target(how == null ? "" : how);
    target.ifPresent(host.clock()::advanceTo);
    return target.map(t -> new Moved(SandboxState.shown(host.clock().instant()), actions.runDue()));
  }

  private Optional<Instant> target(String how) {
    Instant now = host.clock().instant();
    if (how.equals("hour")) {
      return Optional.of(now.plus(Duration.ofHours(1)));
    }
    if (how.equals("day")) {
      return Optional.of(now.plus(Duration.ofDays(1)));
    }
    if (how.equals("next")) {
      return Optional.of(nextDue().filter(now::isBefore).orElse(now));
    }
    Cycle cycle = directory.settings().cycle();
    return switch (how) {
      case "deadline:division-plans-due" -> Optional.of(at(cycle.divisionPlansDue()));
      case "deadline:nominations-due" ->
          Optional.ofNullable(cycle.nominationsDue()).map(SandboxClockMoves::at);
      case "deadline:recognition-due" -> Optional.of(at(cycle.recognitionDue()));
      default -> Optional.empty();
    };
  }

  private Deadline deadline(String key, LocalDateTime at) {
    return new Deadline(key, texts.get(Texts.VI, "sandbox.deadline." + key), DAY.format(at));
  }

  private static Instant at(LocalDateTime local) {
    return local.atZone(Zones.LOCAL).toInstant();
  }
}
