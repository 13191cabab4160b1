package vn.exemplarbot.ballot;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.nomination.BallotCandidates;
import vn.exemplarbot.reminder.DeadlineWork;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Settings;

/**
 * The ballot's share of {@code recognition-due}: the council secretaries still have work while a
 * ballot is open (to follow and close it) or, with none open, while appraised dossiers wait for
 * one. What {@code /ballot_open} would cover is exactly what is reminded of, so a secretary is
 * never sent to a command that answers "nothing to do".
 */
@Component
class BallotWork implements DeadlineWork {

  static final String WHAT = "recognition.remind.what";

  private final BallotRows rows;
  private final BallotCandidates candidates;
  private final Directory directory;

  BallotWork(BallotRows rows, BallotCandidates candidates, Directory directory) {
    this.rows = rows;
    this.candidates = candidates;
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
    return WHAT;
  }

  @Override
  public String command() {
    return "/ballot_open";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Owed> owed(Instant now) {
    Optional<Ballot> open = rows.open();
    List<Owed> owed = new ArrayList<>();
    if (open.isPresent()) {
      List<String> args =
          List.of(String.valueOf(open.get().id()), MemberCards.time(open.get().closesAt()));
      secretaries()
          .forEach(
              p ->
                  owed.add(
                      new Owed(p, "ballot.remind.open", args, "/ballot_status, /ballot_close")));
      return owed;
    }
    List<String> codes =
        candidates.appraised().stream().map(BallotCandidates.Candidate::code).toList();
    if (!codes.isEmpty()) {
      List<String> args = List.of(String.valueOf(codes.size()), String.join(", ", codes));
      secretaries()
          .forEach(p -> owed.add(new Owed(p, "ballot.remind.appraised", args, "/ballot_open")));
    }
    return owed;
  }

  private List<String> secretaries() {
    return directory.roster().withRole(Role.COUNCIL_SECRETARY).stream().map(Person::id).toList();
  }
}
