package vn.exemplarbot.fostering;

import java.time.Instant;
import vn.exemplarbot.nomination.Kind;

/**
 * A person or collective on the list, as stored: since which cycle, and how it joined (from which
 * nomination, by whom, or why). {@code division} is the collective, or the person's division when
 * they were listed.
 */
public record NewFactor(
    long id,
    Subject subject,
    int sinceYear,
    Source source,
    Long nominationId,
    Integer nominationCode,
    String addedBy,
    String reason,
    Instant addedAt) {

  public Kind kind() {
    return subject.kind();
  }
}
