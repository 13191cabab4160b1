package vn.exemplarbot.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * The summary of step 8 with {@code Gửi} / {@code Sửa} / {@code Hủy}, and the menu of {@code Sửa}.
 * Long answers are shortened so that the summary stays one message.
 */
@Component
class SummaryView {

  static final int SHOWN = 300;

  /** What {@code Sửa} offers on an endorsed dossier to complete: the dossier, not the nominee. */
  static final java.util.Set<String> DOSSIER_STEPS = java.util.Set.of("ACHIEVEMENTS", "FILES");

  private final Directory directory;
  private final DossierRows dossier;

  SummaryView(Directory directory, DossierRows dossier) {
    this.directory = directory;
    this.dossier = dossier;
  }

  void show(Session s) {
    if (s.draft().step() == Step.EDIT) {
      s.turn().show(s.turn().text("nomination.ask.edit"), editMenu(s));
      return;
    }
    Markup buttons =
        Markup.Inline.row(
            s.button("nomination.button.send", "send"),
            s.button("nomination.button.edit", "edit"),
            s.button("nomination.button.cancel", "cancel"));
    Nomination n = s.nomination();
    String note =
        n.dossierOnly() && n.stateNote() != null
            ? "\n" + s.turn().text("appraise.summary.note", n.stateNote())
            : "";
    s.turn().show(s.turn().text("nomination.step", 8, 8) + note + "\n" + text(s), buttons);
  }

  String text(Session s) {
    Turn t = s.turn();
    Nomination n = s.nomination();
    String missing = t.text("nomination.summary.missing");
    StringBuilder out = new StringBuilder(t.text("nomination.summary.title")).append('\n');
    out.append(t.text("nomination.summary.kind", kind(t, n.kind()).orElse(missing))).append('\n');
    out.append(t.text("nomination.summary.nominee", nominee(n))).append('\n');
    out.append(t.text("nomination.summary.movement", orMissing(n.movement(), missing)))
        .append('\n');
    out.append(t.text("nomination.summary.achievements", orMissing(n.achievements(), missing)));
    List<String> criteria = directory.settings().criteria();
    List<CriterionAnswer> answers = dossier.answers(n.id());
    for (int i = 0; i < criteria.size(); i++) {
      out.append('\n').append(t.text("nomination.summary.criterion", i + 1, answer(t, answers, i)));
    }
    out.append('\n').append(t.text("nomination.summary.files", dossier.fileCount(n.id())));
    String factor =
        n.newFactor() == null
            ? missing
            : t.text(n.newFactor() ? "nomination.button.yes" : "nomination.button.no");
    return out.append('\n').append(t.text("nomination.summary.new-factor", factor)).toString();
  }

  /** The nominee as people read it: a name with its division, or a division. */
  String nominee(Nomination n) {
    Optional<Division> division =
        n.nomineeDivision() == null
            ? Optional.empty()
            : directory.roster().division(n.nomineeDivision());
    String divisionName = division.map(Division::name).orElse(n.nomineeDivision());
    if (n.kind() == Kind.INDIVIDUAL && n.nomineePersonId() != null) {
      String name =
          directory
              .roster()
              .person(n.nomineePersonId())
              .map(Person::name)
              .orElse(n.nomineePersonId());
      return divisionName == null ? name : name + " (" + divisionName + ")";
    }
    return n.kind() == Kind.COLLECTIVE && divisionName != null ? divisionName : "…";
  }

  static Optional<String> kind(Turn t, Kind kind) {
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of(
        t.text(
            kind == Kind.INDIVIDUAL
                ? "nomination.button.individual"
                : "nomination.button.collective"));
  }

  private static String answer(Turn t, List<CriterionAnswer> answers, int index) {
    return answers.stream()
        .filter(a -> a.index() == index)
        .findFirst()
        .map(a -> a.met() ? t.text("nomination.summary.met", shorten(a.text())) : shorten(a.text()))
        .orElse(t.text("nomination.summary.missing"));
  }

  private static String orMissing(String text, String missing) {
    return text == null ? missing : shorten(text);
  }

  static String shorten(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private Markup editMenu(Session s) {
    List<List<Button>> rows = new ArrayList<>();
    boolean all = !s.nomination().dossierOnly();
    if (all) {
      rows.add(List.of(s.button("nomination.edit.kind", "jump", "KIND")));
      rows.add(List.of(s.button("nomination.edit.nominee", "jump", "DIVISION")));
      rows.add(List.of(s.button("nomination.edit.movement", "jump", "MOVEMENT")));
    }
    rows.add(List.of(s.button("nomination.edit.achievements", "jump", "ACHIEVEMENTS")));
    int criteria = directory.settings().criteria().size();
    for (int i = 0; i < criteria; i++) {
      rows.add(
          List.of(s.plain(s.turn().text("nomination.edit.criterion", i + 1), "jump", "C" + i)));
    }
    rows.add(List.of(s.button("nomination.edit.files", "jump", "FILES")));
    if (all) {
      rows.add(List.of(s.button("nomination.edit.new-factor", "jump", "NEW_FACTOR")));
    }
    rows.add(List.of(s.button("nomination.button.back", "back")));
    return new Markup.Inline(rows);
  }
}
