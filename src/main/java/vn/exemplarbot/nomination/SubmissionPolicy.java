package vn.exemplarbot.nomination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Settings;

/**
 * Whether a draft may be submitted now (or a returned or incomplete nomination sent again): before
 * the deadline (recognition's for those sent again), complete, its nominee on the roster, not the
 * proposer (unless allowed), and no other live nomination of the nominee in the cycle.
 */
@Component
class SubmissionPolicy {

  private final NominationRows rows;
  private final DossierRows dossier;
  private final Directory directory;
  private final SummaryView summary;

  SubmissionPolicy(
      NominationRows rows, DossierRows dossier, Directory directory, SummaryView summary) {
    this.rows = rows;
    this.dossier = dossier;
    this.directory = directory;
    this.summary = summary;
  }

  /** The cycle in force, the one a nomination submitted now belongs to. */
  int cycleYear() {
    return directory.settings().cycle().year();
  }

  Optional<Refusal> check(Nomination n, Instant now) {
    Settings settings = directory.settings();
    // Only new nominations stop at the nominations deadline; a returned or incomplete one goes on.
    LocalDateTime due =
        n.isDraft() ? settings.cycle().nominationsDue() : settings.cycle().recognitionDue();
    return Rules.deadline(now, due).or(() -> missing(n, settings)).or(() -> nominee(n, settings));
  }

  private Optional<Refusal> missing(Nomination n, Settings settings) {
    String part = null;
    if (n.kind() == null || !n.nomineeChosen()) {
      part = "nominee";
    } else if (n.movement() == null) {
      part = "movement";
    } else if (n.achievements() == null) {
      part = "achievements";
    } else if (dossier.answers(n.id()).size() < settings.criteria().size()) {
      part = "criteria";
    } else if (n.newFactor() == null) {
      part = "new-factor";
    }
    return Optional.ofNullable(part).map(p -> Refusal.of("nomination.refused.incomplete-" + p));
  }

  private Optional<Refusal> nominee(Nomination n, Settings settings) {
    boolean known =
        n.kind() == Kind.INDIVIDUAL
            ? directory.roster().person(n.nomineePersonId()).isPresent()
            : directory.roster().division(n.nomineeDivision()).isPresent();
    if (!known) {
      return Optional.of(Refusal.of("nomination.refused.not-on-roster"));
    }
    if (n.kind() == Kind.INDIVIDUAL) {
      Optional<Refusal> self =
          Rules.self(n.proposerId(), n.nomineePersonId(), settings.nominations().allowSelf());
      if (self.isPresent()) {
        return self;
      }
    }
    int year = settings.cycle().year();
    return rows.liveFor(year, n.kind(), n.nomineePersonId(), n.nomineeDivision(), n.id())
        ? Optional.of(Refusal.of("nomination.refused.duplicate", summary.nominee(n)))
        : Optional.empty();
  }
}
