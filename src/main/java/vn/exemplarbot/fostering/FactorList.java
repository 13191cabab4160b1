package vn.exemplarbot.fostering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * The list as {@code /newfactors} sends it: a title with {@code Thêm nhân tố mới}, then the factors
 * grouped by division (roster order; divisions no longer on the roster last), each with {@code Thêm
 * ghi chú} for those who may annotate it, over as many messages as it takes.
 */
@Component
class FactorList {

  static final String NOTE_KIND = "nfn";
  static final int NOTES_SHOWN = 3;

  private final FactorRows rows;
  private final FactorView view;
  private final Stewards stewards;
  private final Directory directory;

  FactorList(FactorRows rows, FactorView view, Stewards stewards, Directory directory) {
    this.rows = rows;
    this.view = view;
    this.stewards = stewards;
    this.directory = directory;
  }

  List<Message.Text> messages(Turn turn, Person viewer) {
    List<NewFactor> factors = rows.all();
    Button add = new Button(turn.text("newfactors.button.add"), AddButtons.START.encode());
    String title =
        factors.isEmpty()
            ? turn.text("newfactors.empty")
            : turn.text("newfactors.title", factors.size());
    List<Message.Text> messages = new ArrayList<>();
    messages.add(new Message.Text(title, Markup.Inline.of(add)));
    messages.addAll(body(turn, viewer, factors));
    return messages;
  }

  private List<Message.Text> body(Turn turn, Person viewer, List<NewFactor> factors) {
    Map<Long, List<Note>> latest =
        rows.latestNotes(NOTES_SHOWN).stream().collect(Collectors.groupingBy(Note::factorId));
    Map<Long, Integer> counts = rows.noteCounts();
    Pages pages = new Pages();
    int number = 0;
    for (Map.Entry<String, List<NewFactor>> group : byDivision(factors).entrySet()) {
      String name = view.divisionName(group.getKey());
      pages.division(
          turn.text("newfactors.division", name), turn.text("newfactors.division-continued", name));
      for (NewFactor f : group.getValue()) {
        List<Note> notes = latest.getOrDefault(f.id(), List.of());
        String entry = view.entry(turn, ++number, f, notes, counts.getOrDefault(f.id(), 0));
        pages.factor(entry, stewards.mayAnnotate(viewer, f) ? noteButton(turn, f) : null);
      }
    }
    return pages.messages();
  }

  private Map<String, List<NewFactor>> byDivision(List<NewFactor> factors) {
    List<String> order = directory.roster().divisions().stream().map(Division::code).toList();
    Comparator<String> inRoster =
        Comparator.<String>comparingInt(
                c -> order.contains(c) ? order.indexOf(c) : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());
    return factors.stream()
        .sorted(Comparator.comparing(stewards::divisionOf, inRoster))
        .collect(
            Collectors.groupingBy(stewards::divisionOf, LinkedHashMap::new, Collectors.toList()));
  }

  private Button noteButton(Turn turn, NewFactor f) {
    return new Button(
        turn.text("newfactors.button.note", view.name(f)),
        CallbackData.of(NOTE_KIND, f.id()).encode());
  }
}
