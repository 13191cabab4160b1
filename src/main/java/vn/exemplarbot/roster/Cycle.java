package vn.exemplarbot.roster;

import java.time.LocalDateTime;

/** The year's deadlines, local to the department's time zone; plans ≤ nominations ≤ recognition. */
public record Cycle(
    int year,
    LocalDateTime divisionPlansDue,
    LocalDateTime nominationsDue,
    LocalDateTime recognitionDue) {

  /** The default nominations deadline: ten days before recognition is due. */
  public static LocalDateTime defaultNominationsDue(LocalDateTime recognitionDue) {
    return recognitionDue.minusDays(10);
  }
}
