package vn.exemplarbot.fostering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.fostering.internal.FactorRows;
import vn.exemplarbot.nomination.Kind;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/**
 * What the cycle's report reads of the list of new factors: all of it (the list is not kept per
 * cycle), each with the cycle it joined in, how it joined and the date of its latest note.
 */
@Service
@Transactional(readOnly = true)
public class FactorOverview {

  private final FactorRows rows;
  private final Directory directory;

  FactorOverview(FactorRows rows, Directory directory) {
    this.rows = rows;
    this.directory = directory;
  }

  /**
   * A factor on the list.
   *
   * @param name the person's name, or the collective's division name
   * @param nominationCode the nomination it came from ({@code N-3}), or null
   * @param lastNote when its latest note was written, or null
   */
  public record Line(
      Kind kind,
      String name,
      String division,
      int sinceYear,
      Source source,
      String nominationCode,
      Instant lastNote) {}

  public List<Line> all() {
    Map<Long, Instant> latest =
        rows.latestNotes(1).stream()
            .collect(Collectors.toMap(Note::factorId, Note::writtenAt, (a, b) -> b));
    return rows.all().stream().map(f -> line(f, latest.get(f.id()))).toList();
  }

  private Line line(NewFactor f, Instant lastNote) {
    String division =
        directory
            .roster()
            .division(f.subject().division())
            .map(Division::name)
            .orElse(f.subject().division());
    String name =
        f.kind() == Kind.INDIVIDUAL
            ? directory.roster().person(f.subject().personId()).map(Person::name).orElse("?")
            : division;
    return new Line(
        f.kind(),
        name,
        division,
        f.sinceYear(),
        f.source(),
        f.nominationCode() == null ? null : "N-" + f.nominationCode(),
        lastNote);
  }
}
