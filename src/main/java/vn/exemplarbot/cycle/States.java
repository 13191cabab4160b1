package vn.exemplarbot.cycle;

import java.util.List;
import vn.exemplarbot.nomination.CycleNominations;
import vn.exemplarbot.nomination.NominationState;

/**
 * A nomination's state as the overview names it: as it is, except that the director's decision
 * reads "decided, awaiting publication" until its ballot is published, so the overview never runs
 * ahead of the publication moment.
 */
final class States {

  /** The bundle keys in the order the overview lists them. */
  static final List<String> KEYS =
      List.of(
          "submitted",
          "returned",
          "endorsed",
          "needs_more",
          "appraised",
          "in_ballot",
          "passed",
          "failed",
          "decided",
          "recognised",
          "not_recognised",
          "revoked",
          "withdrawn");

  private States() {}

  /** How many of these nominations the overview shows in the state of this key. */
  static long count(List<CycleNominations.Entry> nominations, String key) {
    return nominations.stream().filter(n -> key(n).equals("cycle.state." + key)).count();
  }

  static String key(CycleNominations.Entry n) {
    NominationState s = n.state();
    boolean decided = s == NominationState.RECOGNISED || s == NominationState.NOT_RECOGNISED;
    return "cycle.state." + (decided && !n.published() ? "decided" : s.db());
  }
}
