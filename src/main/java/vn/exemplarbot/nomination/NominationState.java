package vn.exemplarbot.nomination;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a nomination stands. A draft has no code; on submission it gets one and becomes live. The
 * states after {@link #SUBMITTED} belong to endorsement, appraisal, the ballot and the decision.
 */
public enum NominationState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  ENDORSED,
  NEEDS_MORE,
  APPRAISED,
  IN_BALLOT,
  PASSED,
  FAILED,
  RECOGNISED,
  NOT_RECOGNISED,
  REVOKED,
  WITHDRAWN;

  public String db() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NominationState fromDb(String value) {
    return Arrays.stream(values()).filter(s -> s.db().equals(value)).findFirst().orElseThrow();
  }

  /** Counts against "one nomination per nominee per cycle": neither a draft nor withdrawn. */
  public boolean live() {
    return this != DRAFT && this != WITHDRAWN;
  }

  /**
   * The message key of the state as shown in chat: the council's result (passed or failed) stays
   * unknown to proposers, nominees and division heads until the decision publishes it, so both read
   * as "voted, awaiting the result"; so does the director's decision (recognised or not), which
   * stays unknown outside until the publication moment ({@link Nomination#shownKey} shows the state
   * as it is once published).
   */
  public String shownKey() {
    return "nomination.state." + (hiddenUntilPublished() ? "voted" : db());
  }

  /** The council's result or the director's decision, neither told before publication. */
  public boolean hiddenUntilPublished() {
    return this == PASSED || this == FAILED || this == RECOGNISED || this == NOT_RECOGNISED;
  }

  /** The proposer may withdraw it until it is endorsed. */
  public boolean withdrawable() {
    return this == SUBMITTED || this == RETURNED;
  }
}
