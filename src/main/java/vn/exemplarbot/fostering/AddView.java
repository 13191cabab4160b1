package vn.exemplarbot.fostering;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * The steps of {@code Thêm nhân tố mới}: kind, division (a head sees only their own), the person
 * (eight a page, as in {@code /nominate}), then {@code Xác nhận}; {@code Hủy} on each. Buttons
 * carry {@code nfa:<seq>:<action>[:<index>]}, indices into the roster as it stands.
 */
@Component
class AddView {

  static final int PAGE = 8;

  private final Directory directory;
  private final Stewards stewards;
  private final FactorView factors;

  AddView(Directory directory, Stewards stewards, FactorView factors) {
    this.directory = directory;
    this.stewards = stewards;
    this.factors = factors;
  }

  Message.Text render(Turn turn, Person viewer, Adding state) {
    List<List<Button>> rows = new ArrayList<>();
    String prompt;
    switch (state.step()) {
      case KIND:
        rows.add(
            List.of(
                button(turn, state, "newfactors.button.individual", "kind", "i"),
                button(turn, state, "newfactors.button.collective", "kind", "c")));
        prompt = turn.text("newfactors.add.kind");
        break;
      case DIVISION:
        prompt = divisions(turn, viewer, state, rows);
        break;
      case PERSON:
        prompt = people(turn, state, rows);
        break;
      default:
        rows.add(List.of(button(turn, state, "newfactors.button.confirm", "ok")));
        prompt = turn.text("newfactors.add.confirm", describe(state.subject()));
    }
    rows.add(List.of(button(turn, state, "newfactors.button.cancel", "cancel")));
    return new Message.Text(prompt, new Markup.Inline(rows));
  }

  /** The name, and for a person also the position and the division. */
  String describe(Subject subject) {
    String division = factors.divisionName(subject.division());
    if (subject.personId() == null) {
      return factors.name(subject);
    }
    String position =
        directory.roster().person(subject.personId()).map(Person::position).orElse(null);
    return factors.name(subject)
        + " ("
        + (position == null ? "" : position + ", ")
        + division
        + ")";
  }

  private String divisions(Turn turn, Person viewer, Adding state, List<List<Button>> rows) {
    List<Division> all = directory.roster().divisions();
    List<Button> row = new ArrayList<>();
    for (Division d : stewards.divisionsFor(viewer)) {
      row.add(plain(state, d.name(), "div", all.indexOf(d)));
      if (row.size() == 2) {
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return turn.text(state.individual() ? "newfactors.add.division" : "newfactors.add.collective");
  }

  private String people(Turn turn, Adding state, List<List<Button>> rows) {
    List<Person> people = directory.roster().ofDivision(state.division());
    int pages = Math.max(1, (people.size() + PAGE - 1) / PAGE);
    int page = Math.min(Math.max(0, state.page()), pages - 1);
    for (int i = page * PAGE; i < Math.min(people.size(), (page + 1) * PAGE); i++) {
      rows.add(List.of(plain(state, people.get(i).name(), "per", i)));
    }
    List<Button> paging = new ArrayList<>();
    if (page > 0) {
      paging.add(button(turn, state, "newfactors.button.previous", "page", page - 1));
    }
    if (page + 1 < pages) {
      paging.add(button(turn, state, "newfactors.button.next", "page", page + 1));
    }
    if (!paging.isEmpty()) {
      rows.add(paging);
    }
    String division = factors.divisionName(state.division());
    return turn.text("newfactors.add.person", division, page + 1, pages);
  }

  private static Button button(
      Turn turn, Adding state, String labelKey, String action, Object... args) {
    return plain(state, turn.text(labelKey), action, args);
  }

  private static Button plain(Adding state, String label, String action, Object... args) {
    List<Object> all = new ArrayList<>(List.of(state.seq(), action));
    all.addAll(List.of(args));
    return new Button(label, CallbackData.of(AddButtons.KIND, all.toArray()).encode());
  }
}
