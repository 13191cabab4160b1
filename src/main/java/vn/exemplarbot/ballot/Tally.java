package vn.exemplarbot.ballot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.exemplarbot.roster.Share;

/**
 * One nomination's count and what it means under the frozen rules, in exact fractions: quorum is
 * votes cast against the members of its base; the threshold is agree votes against the base or the
 * votes cast ({@code pass-base}). Shares compare as integers; the percentages are only shown.
 */
record Tally(int base, int agree, int disagree, int abstain) {

  int cast() {
    return agree + disagree + abstain;
  }

  boolean quorumMet(FrozenRules rules) {
    return rules.quorumShare().isMetBy(cast(), base);
  }

  BallotFacts.Result result(FrozenRules rules) {
    if (!quorumMet(rules)) {
      return BallotFacts.Result.NO_QUORUM;
    }
    Share threshold = rules.thresholdShare();
    int passBase = rules.ofVotesCast() ? cast() : base;
    return threshold.isMetBy(agree, passBase)
        ? BallotFacts.Result.PASSED
        : BallotFacts.Result.FAILED;
  }

  /** {@code 4/7 (57,14%)}; {@code 0/0} for an empty base. */
  static String share(int count, int of) {
    if (of == 0) {
      return count + "/0";
    }
    BigDecimal percent =
        BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    return count + "/" + of + " (" + percent.toPlainString().replace('.', ',') + "%)";
  }
}
