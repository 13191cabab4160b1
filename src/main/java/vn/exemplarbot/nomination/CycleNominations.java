package vn.exemplarbot.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.nomination.internal.CycleNominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * What the cycle's overview ({@code /status}, {@code /report}) reads of nominations: every
 * submitted nomination of a cycle year with its state as it is. It is for the council secretary and
 * the director only, who may know the council's result once a ballot is closed; {@code published}
 * says whether the outcome has been told to everyone.
 */
@Service
@Transactional(readOnly = true)
public class CycleNominations {

  private final CycleNominationRows rows;
  private final Directory directory;

  CycleNominations(CycleNominationRows rows, Directory directory) {
    this.rows = rows;
    this.directory = directory;
  }

  /**
   * One nomination as the overview shows it.
   *
   * @param nominee the person's name, or the collective's division name
   * @param divisionCode the nominee's division as stored (the code)
   * @param division its name from the roster, or the code when no longer on it
   */
  public record Entry(
      long id,
      String code,
      Kind kind,
      String nominee,
      String divisionCode,
      String division,
      String movement,
      NominationState state,
      boolean published) {}

  public List<Entry> ofYear(int year) {
    return rows.ofYear(year).stream().map(this::entry).toList();
  }

  private Entry entry(CycleNominationRows.Row r) {
    Kind kind = Kind.fromDb(r.kind());
    String division =
        directory.roster().division(r.division()).map(Division::name).orElse(r.division());
    Optional<Person> person =
        kind == Kind.INDIVIDUAL ? directory.roster().person(r.personId()) : Optional.empty();
    String nominee =
        kind == Kind.INDIVIDUAL ? person.map(Person::name).orElse(r.personId()) : division;
    return new Entry(
        r.id(),
        "N-" + r.code(),
        kind,
        nominee,
        r.division(),
        division,
        r.movement(),
        NominationState.fromDb(r.state()),
        r.published());
  }
}
