package vn.exemplarbot.decision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.decision.internal.RecognitionWorkRows;
import vn.exemplarbot.decision.internal.RecognitionWorkRows.Unnumbered;
import vn.exemplarbot.reminder.DeadlineWork;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Numbering;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Settings;

/**
 * The decision's share of {@code recognition-due}: the directors while passed nominations await a
 * decision or a ballot that passed nothing awaits acknowledgement ({@code /pending}); the office
 * clerks while decisions await their number ({@code /number}, with {@code numbering: clerk} only).
 * Work left by an earlier cycle is reminded too: it is what {@code /pending} and {@code /number}
 * list, and nothing else will finish it.
 */
@Component
class DecisionWork implements DeadlineWork {

  private final RecognitionWorkRows rows;
  private final Directory directory;

  DecisionWork(RecognitionWorkRows rows, Directory directory) {
    this.rows = rows;
    this.directory = directory;
  }

  @Override
  public String deadline() {
    return "recognition-due";
  }

  @Override
  public Optional<LocalDateTime> due(Settings settings) {
    return Optional.ofNullable(settings.cycle().recognitionDue());
  }

  @Override
  public String whatKey() {
    return "recognition.remind.what";
  }

  @Override
  public String command() {
    return "/pending";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Owed> owed(Instant now) {
    List<Owed> owed = new ArrayList<>();
    List<String> undecided = rows.undecidedCodes();
    if (!undecided.isEmpty()) {
      add(owed, Role.DIRECTOR, "decision.remind.pending", undecided, ", ", "/pending");
    }
    List<String> ballots = rows.unacknowledgedBallots().stream().map(String::valueOf).toList();
    if (!ballots.isEmpty()) {
      add(owed, Role.DIRECTOR, "decision.remind.acknowledge", ballots, ", ", "/pending");
    }
    List<String> drafts = rows.unnumbered().stream().map(Unnumbered::codes).toList();
    if (!drafts.isEmpty() && directory.settings().documents().numbering() == Numbering.CLERK) {
      add(owed, Role.OFFICE_CLERK, "decision.remind.number", drafts, "; ", "/number");
    }
    return owed;
  }

  /** One item per holder of the role: how many, and which. */
  private void add(
      List<Owed> owed, Role role, String key, List<String> which, String sep, String command) {
    List<String> args = List.of(String.valueOf(which.size()), String.join(sep, which));
    for (Person p : directory.roster().withRole(role)) {
      owed.add(new Owed(p.id(), key, args, command));
    }
  }
}
