package vn.exemplarbot.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;

/**
 * What the ballot needs of nominations: the appraised ones (of this cycle or left by an earlier
 * one), and their moves into a ballot ({@code appraised → in_ballot}, the proposer told, the last
 * step they hear of until publication), back ({@code → appraised}: a voided ballot, or short of
 * quorum) and out ({@code → passed} / {@code failed}, told to no one here).
 */
@Component
public class BallotCandidates {

  private static final int SCANNED = 500;
  private static final int EXCERPT = 300;

  private final NominationRows rows;
  private final EndorsementCard card;
  private final EndorsementNotices notices;
  private final Directory directory;

  BallotCandidates(
      NominationRows rows, EndorsementCard card, EndorsementNotices notices, Directory directory) {
    this.rows = rows;
    this.card = card;
    this.notices = notices;
    this.directory = directory;
  }

  /** A nomination as a ballot shows it; {@code nomineePersonId} is null for a collective. */
  public record Candidate(
      long id,
      String code,
      String nominee,
      String division,
      String movement,
      String excerpt,
      String nomineePersonId) {}

  /**
   * The appraised nominations of the cycle in force and of earlier cycles, oldest code first: a
   * dossier an old cycle appraised but never put to the vote is unfinished work the new council can
   * finish (domain step 10); its certificate still names its own cycle's year.
   */
  public List<Candidate> appraised() {
    int year = directory.settings().cycle().year();
    return rows.inState(NominationState.APPRAISED, SCANNED).stream()
        .filter(n -> n.cycleYear() <= year)
        .map(this::candidate)
        .toList();
  }

  private Candidate candidate(Nomination n) {
    String division =
        directory
            .roster()
            .division(n.nomineeDivision())
            .map(Division::name)
            .orElse(n.nomineeDivision());
    String achievements = n.achievements() == null ? "" : n.achievements();
    String excerpt =
        achievements.length() > EXCERPT ? achievements.substring(0, EXCERPT) + "…" : achievements;
    String nominee =
        n.kind() == Kind.INDIVIDUAL
            ? directory.roster().person(n.nomineePersonId()).map(p -> p.name()).orElse("?")
            : division;
    String person = n.kind() == Kind.INDIVIDUAL ? n.nomineePersonId() : null;
    return new Candidate(n.id(), n.codeText(), nominee, division, n.movement(), excerpt, person);
  }

  /** Into a ballot, the proposer told; false when it was no longer appraised. */
  public boolean enterBallot(long id, Instant at) {
    Optional<Nomination> n = rows.find(id);
    if (n.isEmpty() || !rows.move(id, NominationState.APPRAISED, NominationState.IN_BALLOT, at)) {
      return false;
    }
    notices.toProposer(
        n.get(), "ballot.proposer.in-ballot", n.get().codeText(), card.nominee(n.get()));
    return true;
  }

  /** Back to appraised: the ballot was voided, or the nomination fell short of quorum. */
  public boolean backToAppraised(long id, Instant at) {
    return rows.move(id, NominationState.IN_BALLOT, NominationState.APPRAISED, at);
  }

  /** The council's result; nobody is told here (outcomes are published by the decision step). */
  public boolean decide(long id, boolean passed, Instant at) {
    return rows.move(
        id,
        NominationState.IN_BALLOT,
        passed ? NominationState.PASSED : NominationState.FAILED,
        at);
  }

  /**
   * {@code Xem hồ sơ}: the whole dossier in parts under 4,096 characters, then its files, to
   * whoever pressed; false when there is no such nomination.
   */
  public boolean showDossier(Turn turn, long id) {
    Optional<Nomination> found = rows.find(id).filter(n -> !n.isDraft());
    found.ifPresent(n -> card.dossier(turn, n));
    return found.isPresent();
  }
}
