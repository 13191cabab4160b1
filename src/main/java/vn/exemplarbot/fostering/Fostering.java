package vn.exemplarbot.fostering;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.nomination.Kind;
import vn.exemplarbot.nomination.NominationEndorsed;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;

/**
 * The list of new factors: who joins it and the notes written on it, each with its audit line.
 * Joining is idempotent: a person or collective already listed stays as it was.
 */
@Service
@Transactional
public class Fostering {

  private final FactorRows rows;
  private final AuditLog audit;
  private final Directory directory;
  private final Clock clock;

  Fostering(FactorRows rows, AuditLog audit, Directory directory, Clock clock) {
    this.rows = rows;
    this.audit = audit;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * A recognised exemplar joins the list to be followed up, from this cycle on, with the reason
   * shown beside it (e.g. the title and the decision). Already listed: nothing changes.
   */
  public Listing follow(Subject subject, String reason) {
    return add(subject, Source.EXEMPLAR, AuditLog.SYSTEM, reason);
  }

  Listing fromNomination(NominationEndorsed e) {
    Subject subject =
        e.kind() == Kind.INDIVIDUAL
            ? Subject.individual(e.nomineePersonId(), e.nomineeDivision())
            : Subject.collective(e.nomineeDivision());
    NewFactor factor =
        new NewFactor(
            0,
            subject,
            e.cycleYear(),
            Source.NOMINATION,
            e.nominationId(),
            e.code(),
            e.endorsedBy(),
            null,
            clock.instant());
    return add(factor, "N-" + e.code());
  }

  Listing direct(Subject subject, Person by) {
    return add(subject, Source.DIRECT, by.id(), null);
  }

  Note annotate(NewFactor factor, Person author, String text) {
    Instant at = clock.instant();
    long id = rows.addNote(factor.id(), author.id(), at, text);
    audit.record(author.id(), "newfactor-note", factor.subject().key(), text);
    return new Note(id, factor.id(), author.id(), at, text);
  }

  private Listing add(Subject subject, Source source, String by, String reason) {
    int year = directory.settings().cycle().year();
    NewFactor factor =
        new NewFactor(0, subject, year, source, null, null, by, reason, clock.instant());
    return add(factor, reason == null ? source.db() : source.db() + ": " + reason);
  }

  private Listing add(NewFactor factor, String how) {
    OptionalLong id = rows.insert(factor);
    if (id.isEmpty()) {
      return new Listing.AlreadyListed(rows.idOf(factor.subject()).orElseThrow());
    }
    audit.record(factor.addedBy(), "newfactor-added", factor.subject().key(), how);
    return new Listing.Added(id.getAsLong());
  }
}
