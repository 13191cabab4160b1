package vn.exemplarbot.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import vn.exemplarbot.roster.Share;

/** Shares as the minutes print them: from exact counts, in Vietnamese notation. */
final class Shares {

  private Shares() {}

  /** {@code 4} of {@code 7} is {@code 57,14%}: two decimals, half up, a decimal comma. */
  static String percent(long part, long whole) {
    if (whole <= 0) {
      return "—";
    }
    BigDecimal value =
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    return value.toPlainString().replace('.', ',') + "%";
  }

  /**
   * The fewest agree votes that meet {@code rule} of {@code base}, compared exactly; empty when the
   * rule is not a share or nothing can meet it.
   */
  static OptionalInt needed(String rule, int base) {
    if (!(Share.parse(rule) instanceof Share.Parsed.Valid valid)) {
      return OptionalInt.empty();
    }
    for (int k = 0; k <= base; k++) {
      if (valid.share().isMetBy(k, base)) {
        return OptionalInt.of(k);
      }
    }
    return OptionalInt.empty();
  }
}
