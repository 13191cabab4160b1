package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Settings;

/**
 * {@code Gửi}: checks the whole draft against the rules once more (the deadline, completeness, the
 * nominee on the roster, no self-nomination, one live nomination per nominee and cycle), then gives
 * it the next code over all cycles.
 */
@Component
class Submission {

  private final NominationRows rows;
  private final DossierRows dossier;
  private final Directory directory;
  private final Flows flows;
  private final AuditLog audit;
  private final SummaryView summary;
  private final Clock clock;

  Submission(
      NominationRows rows,
      DossierRows dossier,
      Directory directory,
      Flows flows,
      AuditLog audit,
      SummaryView summary,
      Clock clock) {
    this.rows = rows;
    this.dossier = dossier;
    this.directory = directory;
    this.flows = flows;
    this.audit = audit;
    this.summary = summary;
    this.clock = clock;
  }

  void submit(Session s) {
    Optional<Refusal> refusal = check(s.nomination());
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    if (!rows.submit(s.id(), directory.settings().cycle().year(), clock.instant())) {
      s.turn().alert("nomination.stale");
      return;
    }
    Nomination submitted = rows.find(s.id()).orElseThrow();
    audit.record(s.person().id(), "nomination-submitted", submitted.codeText(), "draft " + s.id());
    flows.end(s.person().id(), Drafts.FLOW);
    String text =
        s.turn().text("nomination.submitted", submitted.codeText(), summary.nominee(submitted));
    s.turn().show(text, Markup.NONE);
  }

  Optional<Refusal> check(Nomination n) {
    Settings settings = directory.settings();
    return Rules.deadline(clock.instant(), settings.cycle().nominationsDue())
        .or(() -> missing(n, settings))
        .or(() -> nominee(n, settings));
  }

  private Optional<Refusal> missing(Nomination n, Settings settings) {
    String step = null;
    if (n.kind() == null || !n.nomineeChosen()) {
      step = "nominee";
    } else if (n.movement() == null) {
      step = "movement";
    } else if (n.achievements() == null) {
      step = "achievements";
    } else if (dossier.answers(n.id()).size() < settings.criteria().size()) {
      step = "criteria";
    } else if (n.newFactor() == null) {
      step = "new-factor";
    }
    return Optional.ofNullable(step).map(k -> Refusal.of("nomination.refused.incomplete-" + k));
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
