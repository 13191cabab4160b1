package vn.exemplarbot.fostering;

import java.util.Arrays;
import java.util.Locale;

/** How a factor joined the list. */
public enum Source {
  /** Proposed in step 7 of a nomination, listed when the nomination was endorsed. */
  NOMINATION,
  /** Added by a division head or a council secretary from {@code /newfactors}. */
  DIRECT,
  /** A recognised exemplar, followed up like a new factor. */
  EXEMPLAR;

  public String db() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Source fromDb(String value) {
    return Arrays.stream(values()).filter(s -> s.db().equals(value)).findFirst().orElseThrow();
  }
}
