package vn.exemplarbot.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.RecognitionRows;
import vn.exemplarbot.nomination.DecisionSubjects;

/**
 * The exemplars the public may see (the website export, {@code /exemplars}): recognised in a
 * numbered decision, published with their ballot, not revoked. Names, positions and divisions come
 * from the roster as it is now, so a roster correction shows from the next read.
 */
@Component
public class Recognitions {

  private final RecognitionRows rows;
  private final DecisionSubjects subjects;

  Recognitions(RecognitionRows rows, DecisionSubjects subjects) {
    this.rows = rows;
    this.subjects = subjects;
  }

  /** Every year's, newest cycle first, in code order within a cycle. */
  public List<Recognition> all() {
    return rows.all().stream().flatMap(r -> recognition(r).stream()).toList();
  }

  private Optional<Recognition> recognition(RecognitionRows.Row row) {
    return subjects
        .byId(row.nominationId())
        .map(
            s ->
                new Recognition(
                    s.code(),
                    s.collective(),
                    s.honorific(),
                    s.name(),
                    s.position(),
                    s.division(),
                    s.divisionCode(),
                    s.movement(),
                    s.achievements(),
                    row.number(),
                    row.decidedOn(),
                    row.published(),
                    row.year()));
  }
}
