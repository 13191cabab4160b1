package vn.exemplarbot.fostering;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * The choices of {@code Thêm nhân tố mới}, each checked against the roster as it stands and the
 * sender's role, whatever the button data says: a head only in their own division, and nobody
 * already on the list.
 */
@Component
class AddChoices {

  private final Directory directory;
  private final Stewards stewards;
  private final FactorRows rows;
  private final FactorView view;

  AddChoices(Directory directory, Stewards stewards, FactorRows rows, FactorView view) {
    this.directory = directory;
    this.stewards = stewards;
    this.rows = rows;
    this.view = view;
  }

  Move kind(Adding state, String arg) {
    if (!"i".equals(arg) && !"c".equals(arg)) {
      return stale();
    }
    return new Move.Next(state.ofKind(arg));
  }

  Move division(Person by, Adding state, Optional<Long> index) {
    Optional<Division> division = pick(directory.roster().divisions(), index);
    if (division.isEmpty()) {
      return stale();
    }
    if (!stewards.fosters(by, division.get().code())) {
      return new Move.Refused("newfactors.not-your-division", division.get().name());
    }
    Adding next = state.in(division.get().code());
    return next.individual() ? new Move.Next(next) : unlisted(next);
  }

  Move page(Adding state, Optional<Long> page) {
    return page.filter(p -> p >= 0 && p < 1000)
        .<Move>map(p -> new Move.Next(state.onPage(p.intValue())))
        .orElseGet(AddChoices::stale);
  }

  Move person(Adding state, Optional<Long> index) {
    Optional<Person> person = pick(directory.roster().ofDivision(state.division()), index);
    return person.isEmpty() ? stale() : unlisted(state.of(person.get().id()));
  }

  /** Before {@code Xác nhận} takes effect: still allowed, still on the roster where chosen. */
  Optional<Move.Refused> confirmable(Person by, Adding state) {
    Subject subject = state.subject();
    if (!stewards.fosters(by, subject.division())) {
      return Optional.of(
          new Move.Refused("newfactors.not-your-division", view.divisionName(subject.division())));
    }
    boolean onRoster =
        subject.personId() == null
            ? directory.roster().division(subject.division()).isPresent()
            : directory
                .roster()
                .person(subject.personId())
                .filter(p -> subject.division().equals(p.divisionCode()))
                .isPresent();
    return onRoster ? Optional.empty() : Optional.of(stale());
  }

  private Move unlisted(Adding next) {
    Subject subject = next.subject();
    return rows.idOf(subject).isPresent()
        ? new Move.Refused("newfactors.already", view.name(subject))
        : new Move.Next(next);
  }

  private static Move.Refused stale() {
    return new Move.Refused("newfactors.stale");
  }

  private static <T> Optional<T> pick(List<T> items, Optional<Long> index) {
    return index.filter(i -> i >= 0 && i < items.size()).map(i -> items.get(i.intValue()));
  }
}
