package vn.exemplarbot.fostering;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.nomination.Kind;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * One factor as the list shows it: name and position, since when and how it joined, and its latest
 * notes (oldest of them first), dated as the department writes dates.
 */
@Component
class FactorView {

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Zones.LOCAL);
  static final int REASON_SHOWN = 300;

  private final Directory directory;

  FactorView(Directory directory) {
    this.directory = directory;
  }

  String entry(Turn turn, int number, NewFactor factor, List<Note> latest, int total) {
    StringBuilder text = new StringBuilder(title(turn, number, factor));
    text.append('\n').append(turn.text("newfactors.since", year(factor), how(turn, factor)));
    if (total == 0) {
      text.append('\n').append(turn.text("newfactors.notes.none"));
    } else if (total > latest.size()) {
      text.append('\n').append(turn.text("newfactors.notes.latest", latest.size(), total));
    } else {
      text.append('\n').append(turn.text("newfactors.notes.all", total));
    }
    for (Note note : latest) {
      text.append('\n')
          .append(
              turn.text(
                  "newfactors.note", date(note.writtenAt()), name(note.authorId()), note.text()));
    }
    return text.toString();
  }

  /** What the list and the buttons call it: the person's or the division's name. */
  String name(NewFactor factor) {
    return name(factor.subject());
  }

  String name(Subject subject) {
    return subject.kind() == Kind.INDIVIDUAL
        ? name(subject.personId())
        : divisionName(subject.division());
  }

  String divisionName(String code) {
    return directory.roster().division(code).map(Division::name).orElse(code);
  }

  static String date(Instant at) {
    return DATE.format(at);
  }

  private String title(Turn turn, int number, NewFactor factor) {
    if (factor.kind() == Kind.COLLECTIVE) {
      return turn.text("newfactors.entry.collective", number, name(factor));
    }
    String position =
        directory
            .roster()
            .person(factor.subject().personId())
            .map(Person::position)
            .filter(p -> !p.isBlank())
            .orElse(turn.text("newfactors.no-position"));
    return turn.text("newfactors.entry.individual", number, name(factor), position);
  }

  private String how(Turn turn, NewFactor factor) {
    switch (factor.source()) {
      case NOMINATION:
        return turn.text("newfactors.how.nomination", "N-" + factor.nominationCode());
      case DIRECT:
        return turn.text("newfactors.how.direct", name(factor.addedBy()), date(factor.addedAt()));
      default:
        String reason = factor.reason() == null ? "" : factor.reason();
        if (reason.length() > REASON_SHOWN) {
          reason = reason.substring(0, REASON_SHOWN) + "…";
        }
        return turn.text("newfactors.how.exemplar", reason);
    }
  }

  private static String year(NewFactor factor) {
    return String.valueOf(factor.sinceYear());
  }

  private String name(String personId) {
    return directory.roster().person(personId).map(Person::name).orElse(personId);
  }
}
