package vn.exemplarbot.nomination;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/** Shows the current step of a draft: one message, edited in place when a button was pressed. */
@Component
class StepView {

  static final int PAGE = 8;

  private final Directory directory;
  private final DossierRows dossier;
  private final SummaryView summary;

  StepView(Directory directory, DossierRows dossier, SummaryView summary) {
    this.directory = directory;
    this.dossier = dossier;
    this.summary = summary;
  }

  int criteria() {
    return directory.settings().criteria().size();
  }

  void show(Session s) {
    Step step = s.draft().step();
    if (step == Step.SUMMARY || step == Step.EDIT) {
      summary.show(s);
      return;
    }
    List<List<Button>> rows = new ArrayList<>();
    String prompt = prompt(s, rows);
    rows.add(navigation(s));
    String head = s.turn().text("nomination.step", step.number(), 8);
    s.turn().show(head + "\n" + prompt, new Markup.Inline(rows));
  }

  private String prompt(Session s, List<List<Button>> rows) {
    switch (s.draft().step()) {
      case KIND:
        return kind(s, rows);
      case DIVISION:
        return divisions(s, rows);
      case PERSON:
        return people(s, rows);
      case MOVEMENT:
        return movements(s, rows);
      case ACHIEVEMENTS:
        keep(s, rows, s.nomination().achievements() != null);
        return s.turn().text("nomination.ask.achievements", Rules.MAX_ACHIEVEMENTS);
      case CRITERIA:
        return criterion(s, rows);
      case FILES:
        return files(s, rows);
      default:
        return newFactor(s, rows);
    }
  }

  private String kind(Session s, List<List<Button>> rows) {
    rows.add(
        List.of(
            s.button("nomination.button.individual", "kind", "i"),
            s.button("nomination.button.collective", "kind", "c")));
    return s.turn().text("nomination.ask.kind");
  }

  private String movements(Session s, List<List<Button>> rows) {
    List<String> movements = directory.settings().movements();
    for (int i = 0; i < movements.size(); i++) {
      rows.add(List.of(s.plain(movements.get(i), "mov", i)));
    }
    return s.turn().text("nomination.ask.movement", summary.nominee(s.nomination()));
  }

  private String newFactor(Session s, List<List<Button>> rows) {
    rows.add(
        List.of(
            s.button("nomination.button.yes", "nf", 1), s.button("nomination.button.no", "nf", 0)));
    return s.turn().text("nomination.ask.new-factor", summary.nominee(s.nomination()));
  }

  private String divisions(Session s, List<List<Button>> rows) {
    List<Division> divisions = directory.roster().divisions();
    List<Button> row = new ArrayList<>();
    for (int i = 0; i < divisions.size(); i++) {
      row.add(s.plain(divisions.get(i).name(), "div", i));
      if (row.size() == 2 || i == divisions.size() - 1) {
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    boolean collective = s.nomination().kind() == Kind.COLLECTIVE;
    return s.turn().text(collective ? "nomination.ask.collective" : "nomination.ask.division");
  }

  private String people(Session s, List<List<Button>> rows) {
    List<Person> people = directory.roster().ofDivision(s.draft().division());
    int pages = Math.max(1, (people.size() + PAGE - 1) / PAGE);
    int page = Math.min(Math.max(0, s.draft().page()), pages - 1);
    for (int i = page * PAGE; i < Math.min(people.size(), (page + 1) * PAGE); i++) {
      rows.add(List.of(s.plain(people.get(i).name(), "per", i)));
    }
    List<Button> paging = new ArrayList<>();
    if (page > 0) {
      paging.add(s.button("nomination.button.previous", "page", page - 1));
    }
    if (page + 1 < pages) {
      paging.add(s.button("nomination.button.next", "page", page + 1));
    }
    if (!paging.isEmpty()) {
      rows.add(paging);
    }
    String division =
        directory.roster().division(s.draft().division()).map(Division::name).orElse("");
    return s.turn().text("nomination.ask.person", division, page + 1, pages);
  }

  private String criterion(Session s, List<List<Button>> rows) {
    List<String> criteria = directory.settings().criteria();
    int index = s.draft().criterion();
    String criterion = criteria.get(index);
    if (s.draft().evidence()) {
      return s.turn().text("nomination.ask.evidence", index + 1, criterion, Rules.MAX_ANSWER);
    }
    rows.add(List.of(s.button("nomination.button.met", "met")));
    keep(s, rows, dossier.answers(s.id()).stream().anyMatch(a -> a.index() == index));
    return s.turn()
        .text("nomination.ask.criterion", index + 1, criteria.size(), criterion, Rules.MAX_ANSWER);
  }

  private String files(Session s, List<List<Button>> rows) {
    int count = dossier.fileCount(s.id());
    int max = directory.settings().nominations().maxFiles();
    rows.add(
        List.of(
            count > 0
                ? s.button("nomination.button.done", "done")
                : s.button("nomination.button.skip", "done")));
    return s.turn().text("nomination.ask.files", max, count);
  }

  private static void keep(Session s, List<List<Button>> rows, boolean answered) {
    if (answered) {
      rows.add(List.of(s.button("nomination.button.keep", "keep")));
    }
  }

  private static List<Button> navigation(Session s) {
    List<Button> nav = new ArrayList<>();
    if (s.draft().step() != Step.KIND || s.draft().editing()) {
      nav.add(s.button("nomination.button.back", "back"));
    }
    nav.add(s.button("nomination.button.cancel", "cancel"));
    return nav;
  }
}
