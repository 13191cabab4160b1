package vn.exemplarbot.nomination;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * What the director's decision needs of nominations: a nomination as the decision prints it, and
 * its move out of {@code passed} ({@code → recognised} / {@code not_recognised}), told to no one
 * here: the outcome reaches proposers, nominees and division heads only at publication ({@link
 * #publish}).
 */
@Component
public class DecisionSubjects {

  private final NominationRows rows;
  private final Directory directory;

  DecisionSubjects(NominationRows rows, Directory directory) {
    this.rows = rows;
    this.directory = directory;
  }

  /**
   * A nomination as a decision names it; {@code honorific} and {@code position} are null for a
   * collective; {@code cycleYear} is the cycle it was filed in (the year its certificate names).
   */
  public record Subject(
      long id,
      String code,
      NominationState state,
      boolean collective,
      String honorific,
      String name,
      String position,
      String division,
      String movement,
      String achievements,
      String proposerId,
      String personId,
      String divisionCode,
      int cycleYear) {}

  /** By the code as typed ({@code N-3}, {@code n3}, {@code 3}); drafts have none. */
  public Optional<Subject> byCode(String typed) {
    return Codes.parse(typed).flatMap(rows::byCode).map(this::subject);
  }

  public Optional<Subject> byId(long id) {
    return rows.find(id).filter(n -> !n.isDraft()).map(this::subject);
  }

  /** The director recognised it; false when it had not passed or was decided already. */
  public boolean recognise(long id, Instant at) {
    return rows.move(id, NominationState.PASSED, NominationState.RECOGNISED, at);
  }

  /** The director did not recognise it; false when it had not passed or was decided already. */
  public boolean reject(long id, Instant at) {
    return rows.move(id, NominationState.PASSED, NominationState.NOT_RECOGNISED, at);
  }

  /** Its outcome is published: from now on shown as it is to everyone. */
  public void publish(long id, Instant at) {
    rows.publish(id, at);
  }

  private Subject subject(Nomination n) {
    String division =
        directory
            .roster()
            .division(n.nomineeDivision())
            .map(Division::name)
            .orElse(n.nomineeDivision());
    boolean collective = n.kind() != Kind.INDIVIDUAL;
    Optional<Person> person =
        collective ? Optional.empty() : directory.roster().person(n.nomineePersonId());
    return new Subject(
        n.id(),
        n.codeText(),
        n.state(),
        collective,
        person.map(Person::honorific).orElse(null),
        collective ? division : person.map(Person::name).orElse("?"),
        person.map(Person::position).orElse(null),
        division,
        n.movement(),
        n.achievements(),
        n.proposerId(),
        person.map(Person::id).orElse(null),
        n.nomineeDivision(),
        n.cycleYear());
  }
}
