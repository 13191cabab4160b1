package vn.exemplarbot.nomination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.FileFetcher;

/** The rules a draft meets as it is filled in and when it is submitted; each names its fix. */
final class Rules {

  static final int MAX_ACHIEVEMENTS = 2000;
  static final int MAX_ANSWER = 500;

  private Rules() {}

  static Optional<Refusal> achievements(String text) {
    return text(text, MAX_ACHIEVEMENTS, "nomination.refused.achievements-long");
  }

  static Optional<Refusal> answer(String text) {
    return text(text, MAX_ANSWER, "nomination.refused.answer-long");
  }

  static Optional<Refusal> self(String proposerId, String nomineeId, boolean allowSelf) {
    return !allowSelf && proposerId.equals(nomineeId)
        ? Optional.of(Refusal.of("nomination.refused.self"))
        : Optional.empty();
  }

  static Optional<Refusal> deadline(Instant now, LocalDateTime due) {
    return now.isBefore(due.atZone(Zones.LOCAL).toInstant())
        ? Optional.empty()
        : Optional.of(Refusal.of("nomination.refused.deadline", Dates.format(due)));
  }

  static Optional<Refusal> file(long reportedSize, int filesSoFar, int maxFiles) {
    if (filesSoFar >= maxFiles) {
      return Optional.of(Refusal.of("nomination.refused.too-many-files", maxFiles));
    }
    if (reportedSize > FileFetcher.MAX_BYTES) {
      return Optional.of(Refusal.of("nomination.refused.file-large"));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> text(String text, int max, String tooLong) {
    if (text.length() > max) {
      return Optional.of(Refusal.of(tooLong, max, text.length()));
    }
    return Typed.meaningful(text)
        ? Optional.empty()
        : Optional.of(Refusal.of("nomination.refused.empty-text"));
  }
}
